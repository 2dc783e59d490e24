// The standing check through its real dialog, on a fake clock: the timer calls for the
// reading after 1 minute and after 3, each reading is checked on its own against the last
// one lying or sitting (a fall of 20 systolic or 10 diastolic, or under 90, is a fall on
// standing), and the readings come back with the context and position "standing".
#include "test_environment.h"

#include "catch_qt.h"
#include "find_child.h"

#include "readings/standing_check_dialog.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using viparita::BodyPosition;
using viparita::Measurement;
using viparita::ReadingContext;
using viparita::SafetyFlag;
using viparita::app::Settings;
using viparita::app::StandingCheckDialog;
using viparita::test::child;

namespace {

struct Fixture {
    explicit Fixture(std::optional<Measurement> reference)
        : settings(iniFile())
        , dialog(settings, std::move(reference))
    {
        dialog.setClock([this] { return now; });
        dialog.show();
    }

    static QString iniFile()
    {
        const QString path = viparita::test::dataHome() + u"/settings-standing.ini"_s;
        QFile::remove(path);
        return path;
    }

    void advanceSeconds(int seconds)
    {
        now += qint64{seconds} * 1000;
        dialog.tick();
    }

    [[nodiscard]] QList<SafetyFlag> flags() const
    {
        QList<SafetyFlag> result;
        for (const auto &alert : dialog.alerts())
            result.append(alert.flag);
        return result;
    }

    qint64 now = 1'000'000;
    Settings settings;
    StandingCheckDialog dialog;
};

Measurement lyingOrSitting(double systolic, double diastolic, BodyPosition position)
{
    Measurement measurement;
    measurement.at = QDateTime::currentDateTime();
    measurement.systolic = systolic;
    measurement.diastolic = diastolic;
    measurement.readingCount = 2;
    measurement.context = ReadingContext::After;
    measurement.position = position;
    return measurement;
}

} // namespace

TEST_CASE("the standing timer calls for a reading after 1 minute and after 3, and says so")
{
    Fixture f(lyingOrSitting(128, 80, BodyPosition::Sitting));
    QSignalSpy due(&f.dialog, &StandingCheckDialog::measureNow);
    auto *start = child<QPushButton>(f.dialog, u"startTimerButton"_s);
    CHECK(start->isDefault());
    CHECK(f.dialog.timerText() == u"Not started"_s);
    QTest::mouseClick(start, Qt::LeftButton);
    CHECK(f.dialog.isTiming());
    // Once timing, Enter in a field saves: Save is the default button.
    CHECK(child<QPushButton>(f.dialog, u"saveButton"_s)->isDefault());
    f.advanceSeconds(20);
    CHECK(f.dialog.timerText() == u"On your feet 0:20. First reading in 0:40."_s);
    CHECK(due.isEmpty());
    f.advanceSeconds(40);
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).at(0).toString().contains(u"first standing reading"_s));
    CHECK(f.dialog.timerText() == u"Measure now: the reading after 1 minute."_s);
    CHECK(f.dialog.focusWidget() == child<QLineEdit>(f.dialog, u"systolic0"_s));
    f.dialog.enter(0, u"120"_s, u"78"_s);
    f.advanceSeconds(60);
    CHECK(f.dialog.timerText() == u"On your feet 2:00. Second reading in 1:00."_s);
    // A slow tick (the machine was busy) still announces each reading once, in order.
    f.advanceSeconds(75);
    REQUIRE(due.size() == 2);
    CHECK(due.at(1).at(0).toString().contains(u"second standing reading"_s));
    CHECK(f.dialog.focusWidget() == child<QLineEdit>(f.dialog, u"systolic1"_s));
    CHECK_FALSE(f.dialog.isTiming());
    f.advanceSeconds(600);
    CHECK(due.size() == 2);
    f.dialog.enter(1, u"118"_s, u"77"_s, u"72"_s);
    CHECK(f.dialog.timerText().startsWith(u"Both readings are in"_s));
    CHECK(f.dialog.alerts().isEmpty());

    const auto readings = f.dialog.readings();
    REQUIRE(readings.size() == 2);
    for (const auto &reading : readings) {
        CHECK(reading.context == ReadingContext::Standing);
        CHECK(reading.position == BodyPosition::Standing);
        CHECK(reading.arm.has_value());
        CHECK(reading.takenAt.isValid());
    }
    CHECK(readings.at(1).pulse == 72);
    CHECK(f.dialog.canSave());
}

TEST_CASE("a fall on standing: 20 systolic or 10 diastolic from the reference, or under 90")
{
    struct Case {
        QString systolic, diastolic;
        bool fell;
    };
    // The reference is 130/80, sitting after the session.
    const QList<Case> cases{
        {u"111"_s, u"75"_s, false}, {u"110"_s, u"75"_s, true}, {u"125"_s, u"71"_s, false},
        {u"125"_s, u"70"_s, true},  {u"90"_s, u"62"_s, true},  {u"89"_s, u"60"_s, true},
        {u"135"_s, u"85"_s, false},
    };
    for (const Case &c : cases) {
        INFO(c.systolic.toStdString() << "/" << c.diastolic.toStdString());
        Fixture f(lyingOrSitting(130, 80, BodyPosition::Sitting));
        QSignalSpy guidance(&f.dialog, &StandingCheckDialog::guidanceDue);
        // The first reading is fine; the second is the case.
        f.dialog.enter(0, u"128"_s, u"79"_s);
        f.dialog.enter(1, c.systolic, c.diastolic);
        CHECK(f.dialog.orthostatic() == c.fell);
        auto *alert = child<QLabel>(f.dialog, u"alertLabel"_s);
        CHECK(alert->isVisible() == c.fell);
        if (c.fell) {
            CHECK(f.flags().contains(SafetyFlag::Orthostatic));
            CHECK(f.dialog.alertText().contains(u"Sit or lie down now"_s));
            REQUIRE(guidance.size() == 1);
            CHECK(guidance.at(0).at(0).toString().contains(u"fell on standing"_s));
        } else {
            CHECK(guidance.isEmpty());
        }
    }
}

TEST_CASE("without a reading lying or sitting, under 90 standing is still a fall on standing")
{
    Fixture f(std::nullopt);
    CHECK(child<QLabel>(f.dialog, u"referenceLabel"_s)->text().contains(u"no reading"_s));
    f.dialog.enter(0, u"100"_s, u"70"_s);
    CHECK_FALSE(f.dialog.orthostatic());
    f.dialog.enter(1, u"88"_s, u"60"_s);
    CHECK(f.dialog.orthostatic());
}

TEST_CASE("feeling faint on one's feet calls for sitting down, with or without numbers")
{
    Fixture f(lyingOrSitting(130, 80, BodyPosition::Lying));
    QSignalSpy guidance(&f.dialog, &StandingCheckDialog::guidanceDue);
    child<QCheckBox>(f.dialog, u"faintCheck"_s)->setChecked(true);
    CHECK(f.flags() == QList<SafetyFlag>{SafetyFlag::Orthostatic});
    CHECK(guidance.size() == 1);
    // Said once, not again as the readings are typed.
    f.dialog.enter(0, u"105"_s, u"70"_s);
    CHECK(guidance.size() == 1);
    CHECK(f.dialog.canSave());
    CHECK(f.dialog.feelsFaint());
}

TEST_CASE("a diastolic under 60 on standing, without a fall, gets the calm note")
{
    Fixture f(lyingOrSitting(118, 62, BodyPosition::Sitting));
    QSignalSpy guidance(&f.dialog, &StandingCheckDialog::guidanceDue);
    f.dialog.enter(0, u"116"_s, u"58"_s);
    CHECK(f.flags() == QList<SafetyFlag>{SafetyFlag::LowDiastolic});
    CHECK_FALSE(f.dialog.orthostatic());
    CHECK(guidance.isEmpty()); // a calm note is shown, not spoken
}

TEST_CASE("a severe reading on standing is kept when the check is skipped")
{
    Fixture f(lyingOrSitting(150, 95, BodyPosition::Sitting));
    QSignalSpy kept(&f.dialog, &StandingCheckDialog::keepReadings);
    f.dialog.enter(0, u"186"_s, u"112"_s);
    CHECK(f.flags().contains(SafetyFlag::Severe));
    CHECK(f.dialog.alertText().contains(u"emergency number"_s));
    // The severe guidance after a session does not speak of starting one.
    CHECK_FALSE(f.dialog.alertText().contains(u"start the practice"_s));
    QTest::mouseClick(child<QPushButton>(f.dialog, u"skipButton"_s), Qt::LeftButton);
    REQUIRE(kept.size() == 1);
    const auto readings = kept.at(0).at(0).value<QList<viparita::Reading>>();
    REQUIRE(readings.size() == 1);
    CHECK(readings.first().systolic == 186);
    CHECK(readings.first().context == ReadingContext::Standing);
}

TEST_CASE("skipping the standing check without a severe reading keeps nothing")
{
    Fixture f(lyingOrSitting(150, 95, BodyPosition::Sitting));
    QSignalSpy kept(&f.dialog, &StandingCheckDialog::keepReadings);
    f.dialog.enter(0, u"140"_s, u"90"_s);
    QTest::keyClick(&f.dialog, Qt::Key_Escape);
    CHECK(f.dialog.result() == QDialog::Rejected);
    CHECK(kept.isEmpty());
}

TEST_CASE("every control of the standing check has a name a screen reader can say")
{
    Fixture f(lyingOrSitting(130, 80, BodyPosition::Sitting));
    for (QWidget *widget : f.dialog.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        CHECK_FALSE((widget->accessibleName().isEmpty() && (!button || button->text().isEmpty())));
    }
    CHECK(child<QLineEdit>(f.dialog, u"systolic1"_s)->accessibleName() ==
          u"After 3 minutes: Systolic"_s);
}
