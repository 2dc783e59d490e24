#pragma once

#include <viparita/core/localization.h>

#include <QLocale>

namespace viparita::test {

/// The program's language for one test case: `locale`'s translations and formats are
/// installed, and the tests' own language (English words, the C locale's formats, see
/// catch_main.cpp) is put back when the test case ends, even when it fails.
class TestLanguage {
public:
    explicit TestLanguage(const QLocale &locale) { Localization::install(locale); }
    ~TestLanguage() { Localization::install(QLocale::c()); }
    TestLanguage(const TestLanguage &) = delete;
    TestLanguage &operator=(const TestLanguage &) = delete;
};

} // namespace viparita::test
