#pragma once

#include <viparita/core/sequence.h>

#include <QByteArray>

namespace viparita {

/// Writes a sequence as a file of the current format ("viparita.sequence/2"), the way the
/// loader reads it back: SequenceLoader::loadBytes(toJson(s)) gives `s` again. Values left at
/// their defaults (no holds, one side, no picture, an empty list) are left out, as a person
/// writing the file by hand would. It checks nothing: a sequence with problems is written as
/// it is (a draft), and the loader says what is wrong with it.
class SequenceWriter final {
public:
    [[nodiscard]] static QByteArray toJson(const Sequence &sequence);
};

} // namespace viparita
