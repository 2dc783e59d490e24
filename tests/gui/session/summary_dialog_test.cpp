// Every field of the reading, reading-editor, summary and settings dialogs given bad
// values: empty, huge, negative, not a number, characters no number has, and far too long,
// typed as a person would (QTest::keyClicks, through the field's validator) and set
// directly (setText, as a paste). Save stays disabled with the field named, or the field
// refuses the characters, and nothing is written: the journal's file and its write-ahead
// log keep their bytes, the settings keep valid values.
#include "test_environment.h"

#include "bad_input.h"
#include "catch_qt.h"
#include "find_child.h"

#include "session/summary_dialog.h"

#include <viparita/core/reading_validator.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::ReadingValidator;
using viparita::test::child;
using viparita::test::type;

TEST_CASE("the summary keeps a note too long from being saved, however it is closed")
{
    viparita::app::SummaryDialog::Facts facts;
    facts.sequenceTitle = u"Healing sequence at the wall"_s;
    facts.practisedSeconds = 600;
    facts.stepsDone = 7;
    facts.stepsPlanned = 7;
    viparita::app::SummaryDialog dialog(facts);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // The session is finished, note and all, when the dialog finishes.
    QSignalSpy finished(&dialog, &QDialog::finished);
    auto *save = child<QPushButton>(dialog, u"saveButton"_s);
    auto *note = child<QPlainTextEdit>(dialog, u"noteEdit"_s);
    auto *problem = child<QLabel>(dialog, u"noteProblemLabel"_s);
    CHECK(save->isEnabled());
    CHECK(problem->isHidden());

    for (const int length : {100000, ReadingValidator::maxNoteLength + 1}) {
        INFO("a note of " << length << " characters");
        dialog.setNote(QString(length, u'n'));
        CHECK_FALSE(save->isEnabled());
        CHECK(problem->isVisible());
        CHECK(problem->text().startsWith(
            u"Note: at most %1 characters (this one has %2)"_s.arg(ReadingValidator::maxNoteLength)
                .arg(length)));
        QTest::mouseClick(save, Qt::LeftButton);
        QTest::keyClick(note, Qt::Key_Escape);
        dialog.accept();
        dialog.reject();
        dialog.close();
        CHECK(finished.isEmpty());
        CHECK(dialog.isVisible());
    }
    // Typed to the limit and one more: the one more is refused.
    dialog.setNote(QString(ReadingValidator::maxNoteLength - 2, u'n'));
    note->moveCursor(QTextCursor::End);
    note->setFocus();
    QTest::keyClicks(note, u"ab"_s);
    CHECK(save->isEnabled());
    QTest::keyClicks(note, u"c"_s);
    CHECK_FALSE(save->isEnabled());
    QTest::keyClick(note, Qt::Key_Backspace);
    REQUIRE(save->isEnabled());
    CHECK(problem->isHidden());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(finished.size() == 1);
    CHECK(dialog.note().size() == ReadingValidator::maxNoteLength);
}
