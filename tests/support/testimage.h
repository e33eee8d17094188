#pragma once

#include <QString>
#include <QStringList>

class EngineClient;

// The images engine tests run: quai-test:1, a busybox-static root filesystem
// imported through the API (no registry is reachable), and quai-empty:1, an
// image with no files at all. scripts/lib/testimage.sh makes the same two;
// keep the applet list and the recipe number in step with it.
class TestImage
{
public:
    static QString name() { return QStringLiteral("quai-test:1"); }
    static QString emptyName() { return QStringLiteral("quai-empty:1"); }
    static QString recipe() { return QStringLiteral("1"); }
    static QStringList applets();

    // Imports quai-test:1 unless the engine has it with this recipe's label.
    // Returns what went wrong, empty on success.
    static QString ensure(EngineClient *client);
    static QString ensureEmpty(EngineClient *client);

private:
    static QString import(EngineClient *client, const QByteArray &tar, const QString &repo,
                          const QStringList &changes);
};
