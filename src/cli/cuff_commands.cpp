#include "cuff_commands.h"

#include "exit_code.h"
#include "journal_access.h"
#include "time_input.h"

#include "plugins/cuff_backend.h"

#include <viparita/report/cuff_intake.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::cli {

namespace {

using app::CuffBackend;
using app::CuffDevice;
using app::CuffLink;
using app::CuffLinkHandlers;
using app::CuffProblem;

/// The exit status of a link's problem: no Bluetooth at all is the machine's, the rest the
/// cuff's.
int statusOf(CuffProblem problem)
{
    return problem == CuffProblem::NoBluetooth || problem == CuffProblem::AdapterOff
               ? StorageFailure
               : InputRejected;
}

/// --seconds as milliseconds; nothing, with the reason printed, when it is not 1 to 3600.
std::optional<int> secondsOption(const QCommandLineParser &parser, CommandContext &context,
                                 const QString &command, int fallback)
{
    if (!parser.isSet(u"seconds"_s))
        return fallback * 1000;
    bool ok = false;
    const int seconds = parser.value(u"seconds"_s).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        //: %1: the value typed.
        context.err << "viparita-cli " << command << ": "
                    << CliText::tr("--seconds must be a whole number from 1 to 3600, not '%1'")
                           .arg(parser.value(u"seconds"_s))
                    << "\n";
        return std::nullopt;
    }
    return seconds * 1000;
}

/// The backend, or nothing with the reason printed.
CuffBackend *backend(CommandContext &context, const QString &command)
{
    QString whyNot;
    CuffBackend *loaded = CuffBackend::instance(&whyNot);
    //: %1: why not.
    if (loaded == nullptr)
        context.err << "viparita-cli " << command << ": "
                    << CliText::tr("Bluetooth cuffs are not available: %1").arg(whyNot) << '\n';
    return loaded;
}

QJsonObject toJson(const CuffDevice &device)
{
    return QJsonObject{
        {u"address"_s, device.address},
        {u"name"_s, device.name},
        {u"blood_pressure_service"_s, device.bloodPressureService},
        {u"rssi"_s, device.rssi ? QJsonValue(*device.rssi) : QJsonValue()},
    };
}

QString named(const CuffDevice &device)
{
    return device.name.isEmpty() ? device.address : u"%1 (%2)"_s.arg(device.name, device.address);
}

} // namespace

// ---- cuff scan --------------------------------------------------------------------------

CuffScanCommand::CuffScanCommand()
    : Command(u"cuff scan"_s,
              CliText::tr("List the Bluetooth devices in range and which are cuffs."))
{}

void CuffScanCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"seconds"_s, CliText::tr("How long to look (default 10)."), u"N"_s});
    parser.addOption({u"json"_s, CliText::tr("Print the devices as a JSON array.")});
}

int CuffScanCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli cuff scan: " << CliText::tr("takes no arguments") << "\n";
        return UsageError;
    }
    const std::optional<int> milliseconds = secondsOption(parser, context, name(), 10);
    if (!milliseconds)
        return UsageError;
    CuffBackend *cuffs = backend(context, name());
    if (cuffs == nullptr)
        return StorageFailure;

    QList<CuffDevice> devices;
    std::optional<std::pair<CuffProblem, QString>> failure;
    QEventLoop loop;
    CuffLinkHandlers handlers;
    handlers.found = [&](const CuffDevice &device) {
        for (CuffDevice &known : devices) {
            if (known.address == device.address) {
                known = device;
                return;
            }
        }
        devices.append(device);
    };
    handlers.searchFinished = [&] { loop.quit(); };
    handlers.failed = [&](CuffProblem problem, const QString &message) {
        failure = {problem, message};
        loop.quit();
    };
    const std::unique_ptr<CuffLink> link = cuffs->createLink(std::move(handlers));
    link->scan(*milliseconds);
    loop.exec();
    link->stop();

    if (failure) {
        context.err << "viparita-cli cuff scan: " << failure->second << '\n';
        return statusOf(failure->first);
    }
    // Cuffs first, then by signal.
    std::stable_sort(devices.begin(), devices.end(), [](const CuffDevice &a, const CuffDevice &b) {
        if (a.bloodPressureService != b.bloodPressureService)
            return a.bloodPressureService;
        return a.rssi.value_or(-200) > b.rssi.value_or(-200);
    });
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const CuffDevice &device : devices)
            array.append(toJson(device));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (devices.isEmpty()) {
        context.out << CliText::tr("No Bluetooth devices in range. Press the cuff's start or "
                                   "Bluetooth button so it shows itself, and try again.")
                    << "\n";
        return Success;
    }
    //: What a device in range is, in a column of the list.
    const QString cuffKind = CliText::tr("blood-pressure cuff");
    //: What a device in range is, in a column of the list.
    const QString otherKind = CliText::tr("other device");
    const qsizetype kindWidth = std::max(cuffKind.size(), otherKind.size());
    for (const CuffDevice &device : devices) {
        context.out << device.address << "  "
                    << (device.bloodPressureService ? cuffKind : otherKind).leftJustified(kindWidth)
                    << "  " << (device.rssi ? u"%1 dBm"_s.arg(*device.rssi, 4) : u"        "_s)
                    << "  " << device.name << '\n';
    }
    return Success;
}

// ---- cuff read --------------------------------------------------------------------------

CuffReadCommand::CuffReadCommand()
    : Command(u"cuff read"_s,
              CliText::tr("Connect a Bluetooth cuff and save the readings it sends."))
{}

void CuffReadCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"device"_s,
                      CliText::tr("The cuff's address (from 'cuff scan'); the first cuff that "
                                  "shows itself by default."),
                      u"ADDRESS"_s});
    parser.addOption({u"seconds"_s,
                      CliText::tr("How long to wait for the cuff and for its readings (default "
                                  "60); it ends sooner when the cuff switches itself off."),
                      u"N"_s});
    parser.addOption({u"user"_s,
                      CliText::tr("Which of the cuff's users you are (1 to 254): the readings of "
                                  "its other users are not saved."),
                      u"N"_s});
    parser.addOption({u"dry-run"_s, CliText::tr("Print the readings; write nothing.")});
    parser.addOption({u"json"_s, CliText::tr("Print what was received as JSON.")});
}

int CuffReadCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!commandArguments(parser).isEmpty()) {
        context.err << "viparita-cli cuff read: " << CliText::tr("takes no arguments") << "\n";
        return UsageError;
    }
    const std::optional<int> milliseconds = secondsOption(parser, context, name(), 60);
    if (!milliseconds)
        return UsageError;
    const QString address = parser.value(u"device"_s).trimmed().toUpper();
    static const QRegularExpression addressPattern(u"^([0-9A-F]{2}:){5}[0-9A-F]{2}$"_s);
    if (parser.isSet(u"device"_s) && !addressPattern.match(address).hasMatch()) {
        //: %1: the value typed.
        context.err << "viparita-cli cuff read: "
                    << CliText::tr("--device must be an address such as C0:FF:EE:00:18:10, not "
                                   "'%1'")
                           .arg(parser.value(u"device"_s))
                    << "\n";
        return UsageError;
    }
    std::optional<int> user;
    if (parser.isSet(u"user"_s)) {
        bool ok = false;
        const int value = parser.value(u"user"_s).toInt(&ok);
        if (!ok || value < 1 || value > 254) {
            //: %1: the value typed.
            context.err << "viparita-cli cuff read: "
                        << CliText::tr("--user must be a whole number from 1 to 254, not '%1'")
                               .arg(parser.value(u"user"_s))
                        << "\n";
            return UsageError;
        }
        user = value;
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool json = parser.isSet(u"json"_s);

    std::unique_ptr<Journal> journal;
    if (!dryRun) {
        int status = Success;
        journal = openJournal(context, Access::Write, status);
        if (!journal)
            return status;
    }
    CuffBackend *cuffs = backend(context, name());
    if (cuffs == nullptr)
        return StorageFailure;

    struct Counts {
        int added = 0, known = 0, read = 0, otherUser = 0, malformed = 0, failedMeasurements = 0;
    } counts;
    std::optional<CuffDevice> cuff;
    std::optional<bool> clockSet;
    std::optional<std::pair<CuffProblem, QString>> failure;
    std::optional<StorageError> storageError;
    QJsonArray received;
    QEventLoop loop;

    const auto say = [&](const QString &line) {
        if (!json)
            context.out << line << '\n';
        context.out.flush();
    };
    const auto measured = [&](const QByteArray &bytes) {
        if (storageError)
            return;
        const cuff::Intake intake =
            cuff::takeMeasurement(bytes, QDateTime::currentDateTime(), user);
        QString outcome;
        switch (intake.outcome) {
        case cuff::Intake::Outcome::Malformed:
            counts.malformed++;
            outcome = u"refused"_s;
            //: %1: what is wrong with it; %2: its bytes, in hexadecimal.
            say(CliText::tr("Refused a record that is not a measurement: %1 (bytes %2).")
                    .arg(intake.problem, intake.bytes));
            break;
        case cuff::Intake::Outcome::CuffError:
            counts.failedMeasurements++;
            outcome = u"cuff_error"_s;
            //: %1: the cuff's reason.
            say(CliText::tr("The cuff could not measure (%1): try again.").arg(intake.problem));
            break;
        case cuff::Intake::Outcome::OtherUser:
            counts.otherUser++;
            outcome = u"other_user"_s;
            break;
        case cuff::Intake::Outcome::Reading:
            if (dryRun) {
                counts.read++;
                outcome = u"read"_s;
                break;
            }
            const StorageResult<ImportOutcome> saved = journal->importReadings({intake.reading});
            if (!saved.ok()) {
                storageError = saved.error();
                loop.quit();
                return;
            }
            const bool added = saved.value().added == 1;
            (added ? counts.added : counts.known)++;
            outcome = added ? u"new"_s : u"known"_s;
            break;
        }
        QJsonObject entry{{u"outcome"_s, outcome}, {u"bytes"_s, intake.bytes}};
        if (intake.outcome == cuff::Intake::Outcome::Reading ||
            intake.outcome == cuff::Intake::Outcome::OtherUser) {
            const Reading &reading = intake.reading;
            const QString pulse =
                reading.pulse ? u", "_s + CliText::tr("pulse %1").arg(*reading.pulse) : QString();
            QString line =
                u"%1  %2/%3 mmHg%4"_s.arg(reading.takenAt.toString(u"yyyy-MM-dd HH:mm:ss"_s))
                    .arg(reading.systolic)
                    .arg(reading.diastolic)
                    .arg(pulse);
            if (reading.irregular)
                line += u", "_s + CliText::tr("irregular pulse");
            //: %1: the number of the cuff's user the reading is of.
            if (intake.sent.userId)
                line += u", "_s + CliText::tr("cuff user %1").arg(*intake.sent.userId);
            QString done;
            if (outcome == u"new"_s) {
                //: A reading received from the cuff: saved now.
                done = CliText::tr("new");
            } else if (outcome == u"known"_s) {
                //: A reading received from the cuff.
                done = CliText::tr("already in the journal");
            } else if (outcome == u"read"_s) {
                //: A reading received from the cuff.
                done = CliText::tr("not saved (dry run)");
            } else {
                //: A reading received from the cuff.
                done = CliText::tr("not saved: another user of the cuff");
            }
            line += u"  "_s + done;
            say(line);
            if (!reading.note.isEmpty())
                say(u"    "_s + reading.note);
            //: %1: how the cuff's data differ from the Bluetooth standard, listed.
            if (context.verbose && !intake.sent.deviations.isEmpty())
                say(u"    "_s +
                    CliText::tr("read through the cuff's deviation from the standard: %1")
                        .arg(intake.sent.deviations.join(u"; "_s)));
            entry.insert(u"taken_at"_s, isoWithOffset(reading.takenAt));
            entry.insert(u"systolic"_s, reading.systolic);
            entry.insert(u"diastolic"_s, reading.diastolic);
            entry.insert(u"pulse"_s, reading.pulse ? QJsonValue(*reading.pulse) : QJsonValue());
            entry.insert(u"irregular"_s, reading.irregular);
            entry.insert(u"user"_s,
                         intake.sent.userId ? QJsonValue(*intake.sent.userId) : QJsonValue());
            entry.insert(u"in_kilopascal"_s, intake.sent.sentInKilopascal);
            entry.insert(u"time_from_cuff"_s, !intake.timeReplaced);
            entry.insert(u"note"_s, reading.note);
            entry.insert(u"deviations"_s, QJsonArray::fromStringList(intake.sent.deviations));
        } else {
            entry.insert(u"problem"_s, intake.problem);
        }
        received.append(entry);
    };

    CuffLinkHandlers handlers;

    handlers.measurement = measured;
    handlers.cuffPressure = [&](const QByteArray &bytes) {
        if (context.verbose && !json)
            if (const std::optional<int> pressure = cuff::decodeCuffPressure(bytes)) {
                //: %1: the pressure in the cuff as it measures.
                say(u"  "_s + CliText::tr("cuff pressure %1 mmHg").arg(*pressure));
            }
    };
    const auto sayClock = [&] {
        if (context.verbose && !json && clockSet && cuff)
            say(u"  "_s +
                (*clockSet ? CliText::tr("the cuff's clock was set to this computer's")
                           : CliText::tr("the cuff keeps its own clock (it does not take one)")));
    };
    handlers.clockSet = [&](bool set) {
        clockSet = set;
        sayClock();
    };
    handlers.ready = [&](const CuffDevice &device) {
        cuff = device;
        //: %1: the cuff's name and address.
        say(CliText::tr("Connected to %1; waiting for its readings.").arg(named(device)));
        sayClock();
    };
    handlers.disconnected = [&] { loop.quit(); };
    handlers.failed = [&](CuffProblem problem, const QString &message) {
        failure = {problem, message};
        loop.quit();
    };
    const std::unique_ptr<CuffLink> link = cuffs->createLink(std::move(handlers));
    link->connectCuff(address, *milliseconds);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(*milliseconds);
    loop.exec();
    link->stop();

    if (storageError)
        return reportStorageError(context, *storageError);

    const int readings = counts.added + counts.known + counts.read + counts.otherUser;
    if (json) {
        QJsonObject document{
            {u"device"_s, cuff ? QJsonValue(toJson(*cuff)) : QJsonValue()},
            {u"received"_s, received},
            {u"new"_s, counts.added},
            {u"known"_s, counts.known},
            {u"refused"_s, counts.otherUser + counts.malformed},
            {u"cuff_errors"_s, counts.failedMeasurements},
            {u"dry_run"_s, dryRun},
            {u"clock_set"_s, clockSet ? QJsonValue(*clockSet) : QJsonValue()},
        };
        if (failure)
            document.insert(u"error"_s, failure->second);
        context.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    if (!failure && !cuff && received.isEmpty()) {
        //: %1: how many seconds it waited.
        const QString anyCuff = CliText::tr("No cuff showed itself in %1 seconds. Press the "
                                            "cuff's start or Bluetooth button so it shows "
                                            "itself, and keep it near.")
                                    .arg(*milliseconds / 1000);
        //: %1: the cuff's address; %2: how many seconds it waited.
        const QString thatCuff = CliText::tr("The cuff %1 did not show itself in %2 seconds. Press "
                                             "its start or Bluetooth button so it shows itself, "
                                             "and keep it near.")
                                     .arg(address)
                                     .arg(*milliseconds / 1000);
        failure = {CuffProblem::NotFound, address.isEmpty() ? anyCuff : thatCuff};
    }
    if (failure && received.isEmpty()) {
        context.err << "viparita-cli cuff read: " << failure->second << '\n';
        return statusOf(failure->first);
    }
    if (failure)
        context.err << "viparita-cli cuff read: " << failure->second << '\n';
    if (!json) {
        if (received.isEmpty()) {
            //: %1: how many seconds it waited.
            context.out
                << CliText::tr("The cuff sent no readings in %1 seconds.").arg(*milliseconds / 1000)
                << "\n";
        } else if (dryRun) {
            const int refused = counts.otherUser + counts.malformed;
            //: %1: the readings for you ("2 readings for you"); %2: those refused ("1 refused");
            //: %3: the measurements that failed ("0 failed measurements").
            context.out << CliText::tr("Dry run, nothing written: %1, %2, %3.")
                               .arg(CliText::tr("%n reading(s) for you", nullptr, counts.read),
                                    CliText::tr("%n refused", nullptr, refused),
                                    CliText::tr("%n failed measurement(s)", nullptr,
                                                counts.failedMeasurements))
                        << "\n";
        } else {
            //: %1: the readings saved; %2: those already saved before; %3: those refused; %n:
            //: the measurements that failed.
            context.out << CliText::tr("%1 new, %2 already in the journal, %3 refused, %n failed "
                                       "measurement(s).",
                                       nullptr, counts.failedMeasurements)
                               .arg(counts.added)
                               .arg(counts.known)
                               .arg(counts.otherUser + counts.malformed)
                        << "\n";
        }
    }
    // A reading (new, known or another user's) means the cuff was heard; only errors, or
    // nothing at all, is a failure.
    return readings > 0 ? Success : InputRejected;
}

} // namespace viparita::cli
