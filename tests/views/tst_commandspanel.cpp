#include <commandlogdelegate.h>
#include <commandlogmodel.h>
#include <commandspanel.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {
// Exposes the delegate's styling so the test can see how a row is marked.
struct DelegateProbe : CommandLogDelegate
{
    using CommandLogDelegate::CommandLogDelegate;
    using CommandLogDelegate::initStyleOption;
};
} // namespace

class TestCommandsPanel : public QObject
{
    Q_OBJECT

private slots:
    void copiesAndMarksRows_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");

        // A success: nothing marked.
        QTest::newRow("succeeded") << true << QString();
        // The engine's refusal: the row is marked and keeps the engine's words.
        QTest::newRow("refused") << false
                                 << QStringLiteral("remove data: volume is in use - [abc]");
        // A failure without any message must still be marked.
        QTest::newRow("failed without message") << false << QString();
        // Text that is not ASCII survives the round trip.
        QTest::newRow("unicode message") << false << QStringLiteral("conflit « données »");
    }

    void copiesAndMarksRows()
    {
        QFETCH(bool, ok);
        QFETCH(QString, message);

        CommandLogModel log;
        CommandsPanel panel(&log);
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const Action first = Actions::startContainer(QStringLiteral("abc"), QStringLiteral("web"));
        const Action second = Actions::removeVolume(QStringLiteral("my data"), false);
        log.finish(log.append(first, QStringLiteral("1.41")), true, {});
        const int row = log.append(second, QStringLiteral("1.41"));
        log.finish(row, ok, message);

        // The newest row is selected, so the copy buttons act on what just ran.
        QCOMPARE(panel.currentRow(), row);
        auto buttons = panel.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        for (QPushButton *b : buttons)
            QVERIFY(b->isEnabled());

        panel.copyCommand();
        QCOMPARE(QGuiApplication::clipboard()->text(), second.cliText());
        panel.copyRest();
        QCOMPARE(QGuiApplication::clipboard()->text(), second.restText(QStringLiteral("1.41")));

        QCOMPARE(log.index(row, 0).data(CommandLogModel::FailedRole).toBool(), !ok);
        DelegateProbe probe;
        QStyleOptionViewItem option;
        probe.initStyleOption(&option, log.index(row, CommandLogModel::Outcome));
        QStyleOptionViewItem plain;
        probe.initStyleOption(&plain, log.index(0, CommandLogModel::Outcome));
        if (ok)
            QCOMPARE(option.palette.color(QPalette::Text), plain.palette.color(QPalette::Text));
        else
            QVERIFY(option.palette.color(QPalette::Text) != plain.palette.color(QPalette::Text));
        if (!message.isEmpty())
            QVERIFY(log.entry(row).outcome.contains(message));
    }

    void newRowsScrollIntoView()
    {
        CommandLogModel log;
        CommandsPanel panel(&log);
        panel.resize(700, 160);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (int i = 0; i < 60; ++i)
            log.append(Actions::stopContainer(QString::number(i), QStringLiteral("c%1").arg(i)),
                       QStringLiteral("1.41"));
        QTableView *table = panel.table();
        const QRect last = table->visualRect(log.index(59, 0));
        QVERIFY(table->viewport()->rect().intersects(last));
        QCOMPARE(panel.currentRow(), 59);
    }

    void emptyLogDisablesCopy()
    {
        CommandLogModel log;
        CommandsPanel panel(&log);
        QCOMPARE(panel.currentRow(), -1);
        for (QPushButton *b : panel.findChildren<QPushButton *>()) {
            QVERIFY(!b->isEnabled());
            QVERIFY(!b->accessibleName().isEmpty());
        }
        QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
        panel.copyCommand();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));
    }
};

QTEST_MAIN(TestCommandsPanel)
#include "tst_commandspanel.moc"
