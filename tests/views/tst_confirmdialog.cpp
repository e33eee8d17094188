#include <confirmdialog.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The confirmation must always show exactly what will run: these tests build
// the expected Actions independently and compare them with what the dialog shows.
class TestConfirmDialog : public QObject
{
    Q_OBJECT

private:
    static ConfirmDialog::Builder containerBuilder(const QStringList &names)
    {
        return [names](const QList<bool> &options) {
            QList<Action> actions;
            for (const QString &name : names)
                actions.append(Actions::removeContainer(QStringLiteral("id-") + name, name,
                                                        options.value(0), options.value(1)));
            return actions;
        };
    }

private slots:
    void showsRemovesCommandsAndRestCalls_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("force");
        QTest::addColumn<bool>("volumes");

        // The plain case: one container, no options.
        QTest::newRow("one") << QStringList{QStringLiteral("web")} << false << false;
        // Each option must reach the command line and the REST query.
        QTest::newRow("force") << QStringList{QStringLiteral("web")} << true << false;
        QTest::newRow("volumes") << QStringList{QStringLiteral("web")} << false << true;
        QTest::newRow("both") << QStringList{QStringLiteral("web")} << true << true;
        // Several at once: one line per action, every object named.
        QTest::newRow("several") << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                QStringLiteral("c")}
                                 << true << false;
        // Names a shell would misread must be shown quoted, as the Action quotes them.
        QTest::newRow("shell characters") << QStringList{QStringLiteral("it's a $name")}
                                          << false << false;
        // A name that is not ASCII.
        QTest::newRow("unicode") << QStringList{QStringLiteral("café-€")} << false << false;
        // Malformed: an empty name still produces a line, never a crash.
        QTest::newRow("empty name") << QStringList{QString()} << false << false;
    }

    void showsRemovesCommandsAndRestCalls()
    {
        QFETCH(QStringList, names);
        QFETCH(bool, force);
        QFETCH(bool, volumes);

        ConfirmDialog dialog(QStringLiteral("1.41"));
        dialog.setHeading(QStringLiteral("Remove?"));
        const int forceOption = dialog.addOption(QStringLiteral("Force"), QStringLiteral("why"));
        const int volumesOption = dialog.addOption(QStringLiteral("Volumes"), QString());
        QCOMPARE(forceOption, 0);
        QCOMPARE(volumesOption, 1);
        dialog.setBuilder(containerBuilder(names));
        dialog.setOptionChecked(forceOption, force);
        dialog.setOptionChecked(volumesOption, volumes);

        QStringList expectedCli, expectedRest, expectedRemoves;
        for (const QString &name : names) {
            const Action a = Actions::removeContainer(QStringLiteral("id-") + name, name, force, volumes);
            expectedCli.append(a.cliText());
            expectedRest.append(a.restText(QStringLiteral("1.41")));
            for (const QString &r : a.removes)
                if (!expectedRemoves.contains(r))
                    expectedRemoves.append(r);
        }
        QCOMPARE(dialog.actions().size(), names.size());
        QCOMPARE(dialog.commandText(), expectedCli.join(QLatin1Char('\n')));
        QCOMPARE(dialog.restText(), expectedRest.join(QLatin1Char('\n')));
        QCOMPARE(dialog.removedItems(), expectedRemoves);

        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), expectedRemoves.size());
        QCOMPARE(dialog.heading(), QStringLiteral("Remove?"));
    }

    void togglingAnOptionRebuildsTheCommand()
    {
        ConfirmDialog dialog(QStringLiteral("1.41"));
        dialog.addOption(QStringLiteral("Force"), QString());
        dialog.addOption(QStringLiteral("Volumes"), QString());
        dialog.setBuilder(containerBuilder({QStringLiteral("web")}));
        const QString before = dialog.commandText();
        const QString restBefore = dialog.restText();

        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), 2);
        boxes.first()->click();
        QCOMPARE(dialog.options(), (QList<bool>{true, false}));
        QVERIFY(dialog.commandText() != before);
        QVERIFY(dialog.restText() != restBefore);
        QCOMPARE(dialog.commandText(),
                 Actions::removeContainer(QStringLiteral("id-web"), QStringLiteral("web"), true, false)
                     .cliText());
        boxes.first()->click();
        QCOMPARE(dialog.commandText(), before);
    }

    void cancelIsTheDefaultAndRemoveAccepts()
    {
        ConfirmDialog dialog(QStringLiteral("1.41"));
        dialog.setBuilder([](const QList<bool> &) {
            return QList<Action>{Actions::removeVolume(QStringLiteral("data"), false)};
        });
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel->isDefault());

        QPushButton *remove = nullptr;
        for (QAbstractButton *b : buttons->buttons())
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                remove = qobject_cast<QPushButton *>(b);
        QVERIFY(remove);
        QVERIFY(remove->isEnabled());
        QVERIFY(!remove->accessibleName().isEmpty());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        remove->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.actions().size(), 1);
        QCOMPARE(dialog.actions().first().cli,
                 Actions::removeVolume(QStringLiteral("data"), false).cli);
    }

    void nothingToRunDisablesRemove()
    {
        ConfirmDialog dialog(QStringLiteral("1.41"));
        dialog.setBuilder([](const QList<bool> &) { return QList<Action>{}; });
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        for (QAbstractButton *b : buttons->buttons())
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                QVERIFY(!b->isEnabled());
        QVERIFY(dialog.commandText().isEmpty());
        QVERIFY(dialog.removedItems().isEmpty());
    }
};

QTEST_MAIN(TestConfirmDialog)
#include "tst_confirmdialog.moc"
