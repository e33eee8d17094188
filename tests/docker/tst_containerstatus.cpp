// The Status column must say what docker ps says, in the user's language, and
// keep saying it as time passes: the engine's grammar read back, its rounding
// redone. Anything else the engine may write one day is shown as it came.
#include "containerstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ContainerStatus::Kind;
using Health = ContainerStatus::Health;

class TstContainerStatus : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void duration_data();
    void duration();
    void movesOnWithTime_data();
    void movesOnWithTime();
};

void TstContainerStatus::parse_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<Health>("health");
    QTest::addColumn<QString>("shown");

    QTest::newRow("just started") << u"Up Less than a second"_s << Kind::Up << 0LL << 0 << Health::None
                                  << u"Up less than a second"_s;
    QTest::newRow("one second") << u"Up 1 second"_s << Kind::Up << 1LL << 0 << Health::None << u"Up 1 second"_s;
    QTest::newRow("seconds") << u"Up 45 seconds"_s << Kind::Up << 45LL << 0 << Health::None << u"Up 45 seconds"_s;
    QTest::newRow("about a minute") << u"Up About a minute"_s << Kind::Up << 60LL << 0 << Health::None
                                    << u"Up about a minute"_s;
    QTest::newRow("minutes") << u"Up 5 minutes"_s << Kind::Up << 300LL << 0 << Health::None << u"Up 5 minutes"_s;
    QTest::newRow("about an hour") << u"Up About an hour"_s << Kind::Up << 3600LL << 0 << Health::None
                                   << u"Up about an hour"_s;
    QTest::newRow("hours") << u"Up 3 hours"_s << Kind::Up << 10800LL << 0 << Health::None << u"Up 3 hours"_s;
    QTest::newRow("paused") << u"Up 2 days (Paused)"_s << Kind::Paused << 172800LL << 0 << Health::None
                            << u"Up 2 days (paused)"_s;
    QTest::newRow("healthy") << u"Up 3 weeks (healthy)"_s << Kind::Up << 1814400LL << 0 << Health::Healthy
                             << u"Up 3 weeks (healthy)"_s;
    QTest::newRow("health starting") << u"Up 2 months (health: starting)"_s << Kind::Up << 5184000LL << 0
                                     << Health::Starting << u"Up 2 months (health: starting)"_s;
    QTest::newRow("unhealthy") << u"Up 4 years (unhealthy)"_s << Kind::Up << 126144000LL << 0 << Health::Unhealthy
                               << u"Up 4 years (unhealthy)"_s;
    QTest::newRow("exited") << u"Exited (0) 3 hours ago"_s << Kind::Exited << 10800LL << 0 << Health::None
                            << u"Exited (0) 3 hours ago"_s;
    QTest::newRow("killed") << u"Exited (137) About a minute ago"_s << Kind::Exited << 60LL << 137 << Health::None
                            << u"Exited (137) about a minute ago"_s;
    QTest::newRow("negative code") << u"Exited (-1) 2 weeks ago"_s << Kind::Exited << 1209600LL << -1
                                   << Health::None << u"Exited (-1) 2 weeks ago"_s;
    QTest::newRow("restarting") << u"Restarting (1) 5 seconds ago"_s << Kind::Restarting << 5LL << 1
                                << Health::None << u"Restarting (1) 5 seconds ago"_s;
    QTest::newRow("created") << u"Created"_s << Kind::Created << -1LL << 0 << Health::None << u"Created"_s;
    QTest::newRow("dead") << u"Dead"_s << Kind::Dead << -1LL << 0 << Health::None << u"Dead"_s;
    QTest::newRow("removing") << u"Removal In Progress"_s << Kind::Removing << -1LL << 0 << Health::None
                              << u"Removal in progress"_s;
    QTest::newRow("empty") << QString() << Kind::Empty << -1LL << 0 << Health::None << QString();
    // Not the engine's grammar: kept as it came, and never re-rendered.
    QTest::newRow("bare Up") << u"Up"_s << Kind::Unknown << -1LL << 0 << Health::None << u"Up"_s;
    QTest::newRow("unknown duration") << u"Up soon"_s << Kind::Unknown << -1LL << 0 << Health::None << u"Up soon"_s;
    QTest::newRow("unknown unit") << u"Exited (0) 3 fortnights ago"_s << Kind::Unknown << -1LL << 0
                                  << Health::None << u"Exited (0) 3 fortnights ago"_s;
    QTest::newRow("code not a number") << u"Exited (x) 3 hours ago"_s << Kind::Unknown << -1LL << 0
                                       << Health::None << u"Exited (x) 3 hours ago"_s;
    QTest::newRow("unknown suffix") << u"Up 5 minutes (weird)"_s << Kind::Unknown << -1LL << 0 << Health::None
                                    << u"Up 5 minutes (weird)"_s;
    QTest::newRow("lower case") << u"up 5 minutes"_s << Kind::Unknown << -1LL << 0 << Health::None
                                << u"up 5 minutes"_s;
    QTest::newRow("negative count") << u"Up -5 minutes"_s << Kind::Unknown << -1LL << 0 << Health::None
                                    << u"Up -5 minutes"_s;
    QTest::newRow("another engine's words") << u"Up 5 minutes ago"_s << Kind::Unknown << -1LL << 0
                                            << Health::None << u"Up 5 minutes ago"_s;
}

void TstContainerStatus::parse()
{
    QFETCH(QString, engine);
    QFETCH(Kind, kind);
    QFETCH(qint64, seconds);
    QFETCH(int, exitCode);
    QFETCH(Health, health);
    QFETCH(QString, shown);
    const ContainerStatus st = ContainerStatus::parse(engine);
    QCOMPARE(st.kind, kind);
    QCOMPARE(st.seconds, seconds);
    QCOMPARE(st.exitCode, exitCode);
    QCOMPARE(st.health, health);
    QCOMPARE(st.text(), shown);
    QCOMPARE(st.ticks(), seconds >= 0);
    QCOMPARE(st.raw, engine);
}

void TstContainerStatus::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("words");

    // The engine's boundaries: whole seconds and minutes, rounded hours.
    QTest::newRow("0") << 0LL << u"less than a second"_s;
    QTest::newRow("negative") << -3LL << u"less than a second"_s;
    QTest::newRow("1") << 1LL << u"1 second"_s;
    QTest::newRow("59") << 59LL << u"59 seconds"_s;
    QTest::newRow("60") << 60LL << u"about a minute"_s;
    QTest::newRow("119") << 119LL << u"about a minute"_s;
    QTest::newRow("120") << 120LL << u"2 minutes"_s;
    QTest::newRow("59m59") << 3599LL << u"59 minutes"_s;
    QTest::newRow("1h") << 3600LL << u"about an hour"_s;
    QTest::newRow("1h29m59") << 5399LL << u"about an hour"_s;
    QTest::newRow("1h30") << 5400LL << u"2 hours"_s;
    QTest::newRow("47h29m") << (47 * 3600LL + 29 * 60) << u"47 hours"_s;
    QTest::newRow("47h30") << (47 * 3600LL + 30 * 60) << u"2 days"_s;
    QTest::newRow("13 days") << 13 * 86400LL << u"13 days"_s;
    QTest::newRow("14 days") << 14 * 86400LL << u"2 weeks"_s;
    QTest::newRow("59 days") << 59 * 86400LL << u"8 weeks"_s;
    QTest::newRow("60 days") << 60 * 86400LL << u"2 months"_s;
    QTest::newRow("729 days") << 729 * 86400LL << u"24 months"_s;
    QTest::newRow("730 days") << 730 * 86400LL << u"2 years"_s;
    QTest::newRow("10 years") << 3650 * 86400LL << u"10 years"_s;
}

void TstContainerStatus::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, words);
    QCOMPARE(ContainerStatus::duration(seconds), words);
    // What the engine writes for a duration reads back to one with the same words.
    const qint64 back = ContainerStatus::parseDuration(QString(words.at(0).toUpper() + words.mid(1)));
    if (seconds >= 0 && !words.startsWith(u"about"_s) && !words.startsWith(u"less"_s))
        QCOMPARE(ContainerStatus::duration(back), words);
}

void TstContainerStatus::movesOnWithTime_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<qint64>("later");
    QTest::addColumn<QString>("shown");

    QTest::newRow("seconds into minutes") << u"Up 45 seconds"_s << 30LL << u"Up about a minute"_s;
    QTest::newRow("minutes") << u"Up 5 minutes"_s << 61LL << u"Up 6 minutes"_s;
    QTest::newRow("into hours") << u"Up 59 minutes"_s << 3600LL << u"Up 2 hours"_s;
    QTest::newRow("exited long ago") << u"Exited (2) 3 hours ago"_s << 60LL << u"Exited (2) 3 hours ago"_s;
    QTest::newRow("exited, a day on") << u"Exited (2) 3 hours ago"_s << 86400LL << u"Exited (2) 27 hours ago"_s;
    QTest::newRow("created stays") << u"Created"_s << 86400LL << u"Created"_s;
    QTest::newRow("unknown stays") << u"Up soon"_s << 86400LL << u"Up soon"_s;
    QTest::newRow("negative later is now") << u"Up 5 minutes"_s << -100LL << u"Up 5 minutes"_s;
}

void TstContainerStatus::movesOnWithTime()
{
    QFETCH(QString, engine);
    QFETCH(qint64, later);
    QFETCH(QString, shown);
    QCOMPARE(ContainerStatus::parse(engine).text(later), shown);
}

QTEST_GUILESS_MAIN(TstContainerStatus)
#include "tst_containerstatus.moc"
