#include "volumecreatedialog.h"

#include "commandpreview.h"

#include <actionrunner.h>
#include "keyvaluetable.h"

#include <engineclient.h>
#include <enginemodels.h>
#include <keyvaluelist.h>
#include <volume.h>
#include <volumemodel.h>
#include <volumename.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {
// The keys the local driver accepts; anything else it refuses with "invalid option key".
const QSet<QString> &localOptionKeys()
{
    static const QSet<QString> keys = {QStringLiteral("type"), QStringLiteral("device"),
                                       QStringLiteral("o"), QStringLiteral("size")};
    return keys;
}
} // namespace

VolumeCreateDialog::VolumeCreateDialog(EngineModels *models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_name(new QLineEdit(this))
    , m_nameHint(new QLabel(this))
    , m_driver(new QComboBox(this))
    , m_options(new KeyValueTable(tr("Driver options"), this))
    , m_labels(new KeyValueTable(tr("Labels"), this))
    , m_command(new CommandPreview(5, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Create a volume"));
    setObjectName(QStringLiteral("volumeCreateDialog"));
    setMinimumWidth(560);

    m_name->setAccessibleName(tr("Volume name"));
    m_name->setPlaceholderText(tr("Empty: an anonymous volume, named by the engine"));
    m_nameHint->setWordWrap(true);
    m_nameHint->setAccessibleName(tr("Name check"));

    m_driver->setEditable(true);
    m_driver->addItem(QStringLiteral("local"));
    m_driver->setAccessibleName(tr("Driver"));
    m_driver->setToolTip(tr("«local» stores the data on the engine's host. Other drivers are "
                            "plugins installed on the engine."));

    auto *tmpfs = new QPushButton(tr("Keep it in RAM (tmpfs)"), this);
    tmpfs->setAccessibleName(tr("Keep it in RAM (tmpfs)"));
    tmpfs->setToolTip(tr("Sets type=tmpfs, device=tmpfs, o=size=64m: a local volume whose data "
                         "lives in memory and is lost when the engine's host restarts."));
    connect(tmpfs, &QPushButton::clicked, this, &VolumeCreateDialog::applyTmpfsPreset);

    auto *optionsBox = new QGroupBox(tr("Driver options"), this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addWidget(m_options);
    optionsLayout->addWidget(tmpfs, 0, Qt::AlignLeft);
    auto *labelsBox = new QGroupBox(tr("Labels"), this);
    auto *labelsLayout = new QVBoxLayout(labelsBox);
    labelsLayout->addWidget(m_labels);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::ActionRole);
    m_create->setAccessibleName(tr("Create"));
    m_create->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_create, &QPushButton::clicked, this, &VolumeCreateDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("&Driver:"), m_driver);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(optionsBox);
    layout->addWidget(labelsBox);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_command);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &VolumeCreateDialog::update);
    connect(m_driver, &QComboBox::currentTextChanged, this, &VolumeCreateDialog::update);
    connect(m_options, &KeyValueTable::changed, this, &VolumeCreateDialog::update);
    connect(m_labels, &KeyValueTable::changed, this, &VolumeCreateDialog::update);
    update();
}

QString VolumeCreateDialog::nameError() const
{
    return VolumeName::check(m_name->text());
}

QString VolumeCreateDialog::validationError() const
{
    if (const QString e = nameError(); !e.isEmpty())
        return e;
    const QString driver = m_driver->currentText().trimmed();
    if (driver.isEmpty())
        return tr("Driver: empty; use «local» unless a plugin provides another.");
    for (QChar c : driver)
        if (c.isSpace())
            return tr("Driver: «%1» must not contain spaces.").arg(driver);
    const auto options = KeyValueList::parse(m_options->rows(), tr("Driver options"));
    if (!options)
        return options.error();
    if (driver == QLatin1String("local")) {
        for (auto it = options.value().cbegin(); it != options.value().cend(); ++it)
            if (!localOptionKeys().contains(it.key()))
                return tr("Driver options: the local driver does not know «%1»; it takes type, "
                          "device, o and size.")
                    .arg(it.key());
    }
    const auto labels = KeyValueList::parse(m_labels->rows(), tr("Labels"));
    if (!labels)
        return labels.error();
    return {};
}

Action VolumeCreateDialog::action() const
{
    const auto options = KeyValueList::parse(m_options->rows(), tr("Driver options"));
    const auto labels = KeyValueList::parse(m_labels->rows(), tr("Labels"));
    return Actions::createVolume(m_name->text(), m_driver->currentText().trimmed(),
                                 options ? options.value() : QMap<QString, QString>{},
                                 labels ? labels.value() : QMap<QString, QString>{});
}

QString VolumeCreateDialog::messageText() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

QString VolumeCreateDialog::commandText() const
{
    return action().cliText();
}

QString VolumeCreateDialog::restText() const
{
    const Action a = action();
    return a.restText(m_models->client()->apiVersion()) % u'\n' % QString::fromUtf8(a.request.body);
}

void VolumeCreateDialog::applyTmpfsPreset()
{
    if (m_driver->currentText().trimmed().isEmpty())
        m_driver->setCurrentText(QStringLiteral("local"));
    m_options->set(QStringLiteral("type"), QStringLiteral("tmpfs"));
    m_options->set(QStringLiteral("device"), QStringLiteral("tmpfs"));
    m_options->set(QStringLiteral("o"), QStringLiteral("size=64m"));
}

void VolumeCreateDialog::update()
{
    const QString name = m_name->text();
    const QString nameProblem = nameError();
    QPalette p = m_nameHint->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    if (!nameProblem.isEmpty()) {
        m_nameHint->setText(nameProblem);
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    } else if (name.isEmpty()) {
        m_nameHint->setText(tr("No name: the engine makes an anonymous volume with a random "
                               "64-character name."));
    } else if (m_models->volumes()->rowOfKey(name) >= 0) {
        m_nameHint->setText(tr("A volume named «%1» already exists.").arg(name));
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    } else {
        m_nameHint->setText(tr("Letters, digits, «_», «.» and «-»; at least two characters."));
    }
    m_nameHint->setPalette(p);

    const QString problem = validationError();
    if (problem.isEmpty()) {
        m_command->setPlainText(commandText() % u'\n' % restText());
        if (!m_busy)
            m_message->hide();
    } else {
        m_command->setPlainText(tr("(not valid yet)"));
        showMessage(problem, true);
    }
    m_create->setEnabled(problem.isEmpty() && !m_busy);
}

void VolumeCreateDialog::showMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->show();
}

void VolumeCreateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_create->setEnabled(!busy && validationError().isEmpty());
    m_create->setText(busy ? tr("Creating…") : tr("Create"));
}

void VolumeCreateDialog::create()
{
    if (m_busy || !validationError().isEmpty())
        return;
    const Action a = action();
    const QString name = m_name->text();
    const QString exists = tr("A volume named «%1» already exists; nothing was created.").arg(name);
    if (name.isEmpty()) {
        finishCreate(a, name);
        return;
    }
    if (m_models->volumes()->rowOfKey(name) >= 0) {
        showMessage(exists, true);
        return;
    }
    // The model may lag behind the engine: ask the engine itself, since a create
    // with a taken name would quietly answer with the old volume.
    setBusy(true);
    m_models->client()->send(Request::get(QStringLiteral("/volumes/") % name), this,
                             [this, a, name, exists](const Response &r) {
        if (r.ok()) {
            setBusy(false);
            showMessage(exists, true);
            return;
        }
        if (r.status != 404) {
            setBusy(false);
            showMessage(r.error(tr("Could not check whether volume «%1» exists").arg(name)).text(), true);
            return;
        }
        finishCreate(a, name);
    });
}

void VolumeCreateDialog::finishCreate(const Action &action, const QString &requestedName)
{
    setBusy(true);
    m_models->actions()->runWithReply(action, this,
                           [this, requestedName](const Response &r, const EngineError &error) {
        setBusy(false);
        if (!r.ok()) {
            // Point at the field the engine's words are about.
            const QString msg = error.engineMessage.toLower();
            QString field;
            if (msg.contains(QLatin1String("plugin")) || msg.contains(QLatin1String("driver")))
                field = tr("Driver");
            else if (msg.contains(QLatin1String("opt")) || msg.contains(QLatin1String("mount")))
                field = tr("Driver options");
            else if (msg.contains(QLatin1String("name")))
                field = tr("Name");
            showMessage(field.isEmpty() ? error.text() : tr("%1: %2").arg(field, error.text()), true);
            return;
        }
        const auto v = Volume::fromJson(r.body);
        const QString name = v ? v.value().name : requestedName;
        showMessage(tr("Created volume «%1».").arg(name), false);
        emit created(name);
    });
}
