#include <action.h>
#include <commandlogmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestCommandLog : public QObject
{
    Q_OBJECT
private slots:
    // Each action is one row with its docker command and its REST call.
    void appendAndFinish_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("succeeded") << true << QString();
        QTest::newRow("refused") << false << QStringLiteral("Could not remove volume «data»: volume is in use");
    }
    void appendAndFinish()
    {
        QFETCH(bool, ok);
        QFETCH(QString, message);
        CommandLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Action a = Actions::removeVolume(QStringLiteral("data"), false);
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        const int row = log.append(a, QStringLiteral("1.41"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(log.index(row, CommandLogModel::Command).data().toString(),
                 QStringLiteral("docker volume rm data"));
        QCOMPARE(log.index(row, CommandLogModel::Rest).data().toString(),
                 QStringLiteral("DELETE /v1.41/volumes/data"));
        QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
        log.finish(row, ok, message);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(log.index(row, 0).data(CommandLogModel::FailedRole).toBool(), !ok);
        if (!ok)
            QCOMPARE(log.index(row, CommandLogModel::Outcome).data().toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestCommandLog)
#include "tst_commandlog.moc"
