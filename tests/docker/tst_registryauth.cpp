// Registry credentials where the docker CLI keeps them: config.json "auths",
// "credsStore" and "credHelpers" (a fake docker-credential-x on PATH), each in
// a temporary DOCKER_CONFIG, and the headers made from them.
#include "credentialhelper.h"
#include "imageactions.h"
#include "registryauth.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Answers "get" with the file "answer" (or "credentials not found"), and keeps
// what it was asked and given, so the test sees the protocol from both sides.
const char FakeHelper[] = R"(#!/bin/sh
dir="$QUAI_FAKE_HELPER_DIR"
case "$1" in
get)
    cat > "$dir/asked"
    if [ -f "$dir/answer" ]; then cat "$dir/answer"; exit 0; fi
    echo "credentials not found in native keychain"
    exit 1 ;;
store)
    cat > "$dir/stored"; exit 0 ;;
erase)
    cat > "$dir/erased"; exit 0 ;;
esac
echo "unknown verb $1" >&2
exit 2
)";

QByteArray base64(const char *text)
{
    return QByteArray(text).toBase64();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestRegistryAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void lookupFromAuths_data();
    void lookupFromAuths();
    void lookupThroughHelper_data();
    void lookupThroughHelper();
    void storeInFile();
    void storeInHelper();
    void headers_data();
    void headers();
    void loginAction();

private:
    void writeConfig(const QByteArray &json);
    Result<RegistryCredentials> lookup(const QString &host);

    QTemporaryDir m_bin;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_helperDir;
};

void TestRegistryAuth::initTestCase()
{
    QVERIFY(m_bin.isValid());
    QFile script(m_bin.filePath(u"docker-credential-x"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(FakeHelper);
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("PATH", QFile::encodeName(m_bin.path()) + ':' + qgetenv("PATH"));
}

void TestRegistryAuth::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    m_helperDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid() && m_helperDir->isValid());
    qputenv("DOCKER_CONFIG", QFile::encodeName(m_config->path()));
    qputenv("QUAI_FAKE_HELPER_DIR", QFile::encodeName(m_helperDir->path()));
}

void TestRegistryAuth::writeConfig(const QByteArray &json)
{
    QFile f(m_config->filePath(u"config.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
}

Result<RegistryCredentials> TestRegistryAuth::lookup(const QString &host)
{
    std::optional<Result<RegistryCredentials>> got;
    RegistryAuth::lookup(host, this, [&got](const Result<RegistryCredentials> &r) { got = r; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000))
        return Result<RegistryCredentials>::failure(u"no answer in the test's time"_s);
    return *got;
}

void TestRegistryAuth::lookupFromAuths_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("token");

    const QByteArray studentAuth = base64("student:secret");
    // What `docker login 127.0.0.1:5055` writes without a helper.
    QTest::newRow("host key") << (R"({"auths":{"127.0.0.1:5055":{"auth":")" + studentAuth + R"("}}})")
                              << u"127.0.0.1:5055"_s << true << u"student"_s << u"secret"_s << QString();
    // Older CLIs kept a URL as the key; the host inside it is what counts.
    QTest::newRow("url key") << (R"({"auths":{"http://127.0.0.1:5055/v2/":{"auth":")" + studentAuth + R"("}}})")
                             << u"127.0.0.1:5055"_s << true << u"student"_s << u"secret"_s << QString();
    // Docker Hub's credentials live under the index URL, whatever the image says.
    QTest::newRow("hub") << (R"({"auths":{"https://index.docker.io/v1/":{"auth":")" + studentAuth + R"("}}})")
                         << u"docker.io"_s << true << u"student"_s << u"secret"_s << QString();
    // The password may contain a colon: only the first one separates.
    QTest::newRow("colon in password") << (R"({"auths":{"r.io":{"auth":")" + base64("u:p:q") + R"("}}})")
                                       << u"r.io"_s << true << u"u"_s << u"p:q"_s << QString();
    QTest::newRow("identity token") << QByteArray(R"({"auths":{"r.io":{"identitytoken":"tok"}}})")
                                    << u"r.io"_s << true << QString() << QString() << u"tok"_s;
    // Nothing stored is not an error: the engine then goes anonymously.
    QTest::newRow("other host only") << (R"({"auths":{"r.io":{"auth":")" + studentAuth + R"("}}})")
                                     << u"127.0.0.1:5055"_s << true << QString() << QString() << QString();
    QTest::newRow("no file") << QByteArray() << u"r.io"_s << true << QString() << QString() << QString();
    QTest::newRow("empty object") << QByteArray("{}") << u"r.io"_s << true << QString() << QString() << QString();
    // Malformed files and entries are said, not ignored.
    QTest::newRow("not json") << QByteArray("{auths") << u"r.io"_s << false << QString() << QString() << QString();
    QTest::newRow("not an object") << QByteArray("[]") << u"r.io"_s << false << QString() << QString() << QString();
    QTest::newRow("auth not base64") << QByteArray(R"({"auths":{"r.io":{"auth":"***"}}})") << u"r.io"_s
                                     << false << QString() << QString() << QString();
    QTest::newRow("auth without colon") << (R"({"auths":{"r.io":{"auth":")" + base64("student") + R"("}}})")
                                        << u"r.io"_s << false << QString() << QString() << QString();
    QTest::newRow("entry not an object") << QByteArray(R"({"auths":{"r.io":"x"}})") << u"r.io"_s << false
                                         << QString() << QString() << QString();
}

void TestRegistryAuth::lookupFromAuths()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, host);
    QFETCH(bool, ok);
    if (!config.isNull())
        writeConfig(config);
    const Result<RegistryCredentials> r = lookup(host);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(!r.error().isEmpty());
        return;
    }
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, token);
    QCOMPARE(r.value().username, user);
    QCOMPARE(r.value().password, password);
    QCOMPARE(r.value().identityToken, token);
}

void TestRegistryAuth::lookupThroughHelper_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("asked"); // what the helper read on stdin; empty if not run
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token");

    const QByteArray answer = R"({"ServerURL":"127.0.0.1:5055","Username":"student","Secret":"secret"})";
    // credsStore holds every registry's credentials; the file's auths are ignored.
    QTest::newRow("credsStore") << QByteArray(R"({"credsStore":"x","auths":{"127.0.0.1:5055":{}}})")
                                << answer << u"127.0.0.1:5055"_s << true << u"127.0.0.1:5055"_s
                                << u"student"_s << QString();
    // A per-registry helper wins over credsStore (which here does not even exist).
    QTest::newRow("credHelpers first") << QByteArray(R"({"credsStore":"nothere","credHelpers":{"127.0.0.1:5055":"x"}})")
                                       << answer << u"127.0.0.1:5055"_s << true << u"127.0.0.1:5055"_s
                                       << u"student"_s << QString();
    // The Hub is asked for by its index URL, as the CLI does.
    QTest::newRow("hub through helper") << QByteArray(R"({"credsStore":"x"})") << answer << u"docker.io"_s
                                        << true << u"https://index.docker.io/v1/"_s << u"student"_s << QString();
    QTest::newRow("token") << QByteArray(R"({"credsStore":"x"})")
                           << QByteArray(R"({"ServerURL":"r.io","Username":"<token>","Secret":"t0k"})")
                           << u"r.io"_s << true << u"r.io"_s << QString() << u"t0k"_s;
    // "credentials not found" is no error: nothing is stored.
    QTest::newRow("not found") << QByteArray(R"({"credsStore":"x"})") << QByteArray() << u"r.io"_s << true
                               << u"r.io"_s << QString() << QString();
    // A helper for another registry leaves this one to the file.
    QTest::newRow("helper for another host") << (R"({"credHelpers":{"other.io":"x"},"auths":{"r.io":{"auth":")"
                                                 + base64("fileuser:p") + R"("}}})")
                                             << answer << u"r.io"_s << true << QString() << u"fileuser"_s << QString();
    // A helper that is not installed is an error naming the program.
    QTest::newRow("helper missing") << QByteArray(R"({"credsStore":"nothere"})") << QByteArray()
                                    << u"r.io"_s << false << QString() << QString() << QString();
    QTest::newRow("helper answers garbage") << QByteArray(R"({"credsStore":"x"})") << QByteArray("not json")
                                            << u"r.io"_s << false << u"r.io"_s << QString() << QString();
}

void TestRegistryAuth::lookupThroughHelper()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, answer);
    QFETCH(QString, host);
    QFETCH(bool, ok);
    QFETCH(QString, asked);
    writeConfig(config);
    if (!answer.isEmpty()) {
        QFile f(m_helperDir->filePath(u"answer"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(answer);
    }
    const Result<RegistryCredentials> r = lookup(host);
    QCOMPARE(r.ok(), ok);
    QFile askedFile(m_helperDir->filePath(u"asked"_s));
    if (asked.isEmpty()) {
        QVERIFY(!askedFile.exists());
    } else {
        QVERIFY(askedFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(askedFile.readAll()).trimmed(), asked);
    }
    if (!ok) {
        QVERIFY(!r.error().isEmpty());
        if (QByteArray(QTest::currentDataTag()) == "helper missing")
            QVERIFY2(r.error().contains(u"docker-credential-nothere"_s), qPrintable(r.error()));
        return;
    }
    QFETCH(QString, user);
    QFETCH(QString, token);
    QCOMPARE(r.value().username, user);
    QCOMPARE(r.value().identityToken, token);
}

void TestRegistryAuth::storeInFile()
{
    // Other settings in config.json survive a login.
    writeConfig(R"({"currentContext":"default","auths":{"http://127.0.0.1:5055/v2/":{"auth":"b2xkOm9sZA=="}}})");
    RegistryCredentials c{u"127.0.0.1:5055"_s, u"student"_s, u"secret"_s, {}};
    std::optional<RegistryAuth::StoreOutcome> outcome;
    RegistryAuth::store(c, this, [&](const RegistryAuth::StoreOutcome &o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY2(outcome->error.isEmpty(), qPrintable(outcome->error));
    QVERIFY(outcome->unencrypted);
    const QString path = m_config->filePath(u"config.json"_s);
    const QJsonObject config = readJson(path);
    QCOMPARE(config.value(u"currentContext"_s).toString(), u"default"_s);
    const QJsonObject auths = config.value(u"auths"_s).toObject();
    // The old key for the same host is replaced, not kept beside the new one.
    QCOMPARE(auths.keys(), QStringList{u"127.0.0.1:5055"_s});
    QCOMPARE(auths.value(u"127.0.0.1:5055"_s).toObject().value(u"auth"_s).toString(),
             QString::fromLatin1(base64("student:secret")));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // And it reads back.
    const Result<RegistryCredentials> back = lookup(u"127.0.0.1:5055"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.value().password, u"secret"_s);
}

void TestRegistryAuth::storeInHelper()
{
    writeConfig(R"({"credsStore":"x"})");
    RegistryCredentials c{u"127.0.0.1:5055"_s, u"student"_s, u"secret"_s, {}};
    std::optional<RegistryAuth::StoreOutcome> outcome;
    RegistryAuth::store(c, this, [&](const RegistryAuth::StoreOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY2(outcome->error.isEmpty(), qPrintable(outcome->error));
    QVERIFY(!outcome->unencrypted);
    QCOMPARE(outcome->helper, u"x"_s);
    const QJsonObject stored = readJson(m_helperDir->filePath(u"stored"_s));
    QCOMPARE(stored.value(u"ServerURL"_s).toString(), u"127.0.0.1:5055"_s);
    QCOMPARE(stored.value(u"Username"_s).toString(), u"student"_s);
    QCOMPARE(stored.value(u"Secret"_s).toString(), u"secret"_s);
    // As the CLI leaves it: an empty entry in the file, the secret in the helper only.
    const QJsonObject config = readJson(m_config->filePath(u"config.json"_s));
    QCOMPARE(config.value(u"credsStore"_s).toString(), u"x"_s);
    QVERIFY(config.value(u"auths"_s).toObject().contains(u"127.0.0.1:5055"_s));
    QVERIFY(config.value(u"auths"_s).toObject().value(u"127.0.0.1:5055"_s).toObject().isEmpty());
}

void TestRegistryAuth::headers_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("password") << u"student"_s << u"s/e+c?r"_s << QString()
                              << QByteArray(R"({"password":"s/e+c?r","serveraddress":"127.0.0.1:5055","username":"student"})");
    QTest::newRow("token") << QString() << QString() << u"tok"_s
                           << QByteArray(R"({"identitytoken":"tok","serveraddress":"127.0.0.1:5055"})");
    // No credentials: an empty object, which the engine reads as anonymous.
    QTest::newRow("none") << QString() << QString() << QString() << QByteArray("{}");
}

void TestRegistryAuth::headers()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, token);
    QFETCH(QByteArray, json);
    const RegistryCredentials c{u"127.0.0.1:5055"_s, user, password, token};
    const QByteArray header = c.registryAuthHeader();
    // base64url: no '+' or '/' that a header or URL would mangle.
    QVERIFY(!header.contains('+') && !header.contains('/'));
    const auto decoded = QByteArray::fromBase64Encoding(header, QByteArray::Base64UrlEncoding
                                                                    | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(QJsonDocument::fromJson(*decoded), QJsonDocument::fromJson(json));
}

void TestRegistryAuth::loginAction()
{
    const RegistryCredentials c{u"127.0.0.1:5055"_s, u"student"_s, u"secret"_s, {}};
    const Action a = Actions::loginRegistry(c, u"127.0.0.1:5055"_s);
    QCOMPARE(a.cliText(), u"docker login 127.0.0.1:5055 -u student"_s);
    QCOMPARE(a.restText(u"1.41"_s), u"POST /v1.41/auth"_s);
    // The password is in the body only, never in what the Commands panel shows.
    QVERIFY(!a.cliText().contains(u"secret"_s));
    QVERIFY(a.request.body.contains("secret"));
    // Docker Hub is the CLI's default server: not named.
    QCOMPARE(Actions::loginRegistry(c, u"docker.io"_s).cliText(), u"docker login -u student"_s);
}

QTEST_GUILESS_MAIN(TestRegistryAuth)
#include "tst_registryauth.moc"
