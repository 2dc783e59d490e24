// The medication page on a real journal, offscreen: a medicine added, its dose changed, stopped,
// started again, a change taken back and the medicine deleted, through the real dialog's fields
// and keys; bad fields said in the dialog with nothing saved.
#include "test_environment.h"

#include "catch_qt.h"
#include "catch_wait.h"
#include "gui_journal.h"

#include "medication/medication_dialog.h"
#include "medication/medication_page.h"
#include "settings/settings.h"
#include "shell/journal_watch.h"
#include "widgets/date_fields.h"

#include <viparita/storage/journal.h>

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using viparita::Medication;
using viparita::app::MedicationDialog;
using viparita::app::MedicationPage;
using viparita::test::GuiJournal;

namespace {

/// Types `text` into `field`, replacing what it held.
void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

QPushButton *button(const QWidget &page, const char *name)
{
    auto *found = page.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("the medication page adds, changes, stops and restarts a medicine through its dialog")
{
    GuiJournal data(u"medication"_s);
    viparita::app::JournalWatch watch(data.journal.get());
    MedicationPage page(watch);
    page.resize(800, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK_FALSE(page.list()->isVisible());
    CHECK(button(page, "addMedicine")->isEnabled());
    CHECK_FALSE(button(page, "changeMedicine")->isEnabled());

    // Add: the name, a bad dose first (said, nothing saved), then a good one, a time of day by
    // its mnemonic, and Enter.
    QPointer<MedicationDialog> dialog = page.openDialog(int(MedicationDialog::Mode::Add));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->focusWidget() == dialog->nameField());
    QTest::keyClicks(dialog->nameField(), u"Amlodipine"_s);
    QTest::keyClick(dialog->nameField(), Qt::Key_Tab);
    CHECK(dialog->focusWidget() == dialog->doseField());
    QTest::keyClicks(dialog->doseField(), u"5 spoons"_s);
    dialog->dayField()->setDate(QDate::currentDate().addDays(-60));
    QTest::keyClick(dialog->doseField(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->problemText().contains(u"'5 spoons' is not an amount and a unit"_s));
    CHECK(dialog->focusWidget() == dialog->doseField());
    CHECK(data.journal->medications()->isEmpty());
    typeInto(dialog->doseField(), u"5 mg"_s);
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
    // A button's mnemonic presses it as a click does, shown for a moment first.
    REQUIRE_EVENTUALLY(dialog->timeBox(viparita::DayTime::Morning)->isChecked(), 5000);
    QTest::keyClick(dialog->doseField(), Qt::Key_Return);
    REQUIRE_EVENTUALLY(!dialog, 5000);

    auto stored = data.journal->medications();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).name == u"Amlodipine"_s);
    CHECK(stored->at(0).times == QList<viparita::DayTime>{viparita::DayTime::Morning});
    CHECK(stored->at(0).doseOn(QDate::currentDate()) == viparita::Dose{5, u"mg"_s});
    CHECK(page.list()->isVisible());
    REQUIRE(page.selected());
    CHECK(page.list()->topLevelItem(0)->text(1) == u"5 mg"_s);
    CHECK(page.focusWidget() == page.list());

    // The same dose again is refused; a new one is saved with its reason.
    dialog = page.openDialog(int(MedicationDialog::Mode::ChangeDose));
    REQUIRE(dialog);
    CHECK(dialog->focusWidget() == dialog->doseField());
    QTest::keyClicks(dialog->doseField(), u"5 mg"_s);
    QTest::keyClick(dialog->doseField(), Qt::Key_Return);
    CHECK(dialog->problemText().contains(u"5 mg is already the dose"_s));
    typeInto(dialog->doseField(), u"2.5 mg"_s);
    dialog->dayField()->setDate(QDate::currentDate().addDays(-10));
    typeInto(dialog->reasonField(), u"dizzy on standing"_s);
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
    REQUIRE_EVENTUALLY(!dialog, 5000);
    CHECK(page.list()->topLevelItem(0)->text(1) == u"2.5 mg"_s);
    CHECK(page.list()->topLevelItem(0)->childCount() == 2);
    CHECK(page.list()->topLevelItem(0)->child(1)->text(4) == u"dizzy on standing"_s);

    // Stopped: the button that changed the dose now starts it again; Stop is off.
    dialog = page.openDialog(int(MedicationDialog::Mode::Stop));
    REQUIRE(dialog);
    QTest::keyClick(dialog->dayField(), Qt::Key_Return);
    REQUIRE_EVENTUALLY(!dialog, 5000);
    CHECK(page.list()->topLevelItem(0)->text(1).startsWith(u"stopped on"_s));
    CHECK(button(page, "changeMedicine")->text().remove(u'&') == u"Start again…"_s);
    CHECK_FALSE(button(page, "stopMedicine")->isEnabled());
    CHECK_FALSE(data.journal->medications()->at(0).isTakenOn(QDate::currentDate()));

    // Its name and times changed (F2 on the list), its course left as it was; an empty name
    // is refused.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.list()->setFocus();
    QTest::keyClick(page.list(), Qt::Key_F2);
    REQUIRE_EVENTUALLY(page.findChild<MedicationDialog *>(), 5000);
    dialog = page.findChild<MedicationDialog *>();
    CHECK(dialog->mode() == MedicationDialog::Mode::Edit);
    CHECK(dialog->nameField()->text() == u"Amlodipine"_s);
    CHECK(dialog->timeBox(viparita::DayTime::Morning)->isChecked());
    CHECK_FALSE(dialog->doseField());
    dialog->nameField()->clear();
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    CHECK(dialog->problemText().startsWith(u"Name: must not be empty"_s));
    typeInto(dialog->nameField(), u"Amlodipine besilate"_s);
    dialog->timeBox(viparita::DayTime::Evening)->setChecked(true);
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    REQUIRE_EVENTUALLY(!dialog, 5000);
    const Medication edited = data.journal->medications()->at(0);
    CHECK(edited.name == u"Amlodipine besilate"_s);
    CHECK(edited.times ==
          QList<viparita::DayTime>{viparita::DayTime::Morning, viparita::DayTime::Evening});
    CHECK(edited.changes.size() == 3);

    // Take back the stop; then delete the medicine.
    CHECK(page.undoLatestChange());
    CHECK(data.journal->medications()->at(0).isTakenOn(QDate::currentDate()));
    CHECK(button(page, "stopMedicine")->isEnabled());
    CHECK(page.deleteSelected());
    CHECK(data.journal->medications()->isEmpty());
    CHECK_FALSE(page.list()->isVisible());
}

TEST_CASE("the medication dialog's fields and the page's list all have names")
{
    GuiJournal data(u"medication"_s);
    viparita::app::JournalWatch watch(data.journal.get());
    MedicationPage page(watch);
    page.show();
    MedicationDialog *dialog = page.openDialog(int(MedicationDialog::Mode::Add));
    REQUIRE(dialog);
    // Each field is named by its label (the form's buddy), which a screen reader reads.
    for (QWidget *field : QList<QWidget *>{dialog->nameField(), dialog->doseField(),
                                           dialog->dayField(), dialog->reasonField()}) {
        INFO(field->objectName().toStdString());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(field);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
    }
    CHECK_FALSE(page.list()->accessibleName().isEmpty());
    dialog->reject();
}
