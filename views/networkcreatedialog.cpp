#include "networkcreatedialog.h"

#include "commandpreview.h"
#include "keyvaluetable.h"

#include <actionrunner.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <keyvaluelist.h>
#include <networkactions.h>
#include <networkmodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QColor ErrorColour(0xc0, 0x1c, 0x28);

QLabel *errorLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, ErrorColour);
    label->setPalette(p);
    label->hide();
    return label;
}
} // namespace

NetworkCreateDialog::NetworkCreateDialog(EngineModels *models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_name(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_subnet(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_ipRange(new QLineEdit(this))
    , m_internal(new QCheckBox(tr("&Internal: no route outside the network"), this))
    , m_attachable(new QCheckBox(tr("&Attachable (swarm networks)"), this))
    , m_ipv6(new QCheckBox(tr("Enable IPv&6"), this))
    , m_subnet6(new QLineEdit(this))
    , m_gateway6(new QLineEdit(this))
    , m_labels(new KeyValueTable(tr("Labels"), this))
    , m_options(new KeyValueTable(tr("Driver options"), this))
    , m_command(new CommandPreview(5, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Create a network"));
    setObjectName(QStringLiteral("networkCreateDialog"));
    setMinimumWidth(600);

    m_name->setAccessibleName(tr("Network name"));
    m_name->setPlaceholderText(tr("monreseau"));
    m_driver->setEditable(true);
    m_driver->addItem(QStringLiteral("bridge"));
    m_driver->setAccessibleName(tr("Driver"));
    m_driver->setToolTip(tr("«bridge» links containers on this host. The list holds the "
                            "network drivers this engine offers."));
    m_subnet->setAccessibleName(tr("Subnet"));
    m_subnet->setPlaceholderText(tr("Optional, e.g. 172.28.0.0/16; empty: the engine picks one"));
    m_gateway->setAccessibleName(tr("Gateway"));
    m_gateway->setPlaceholderText(tr("Optional, e.g. 172.28.0.1; inside the subnet"));
    m_ipRange->setAccessibleName(tr("IP range"));
    m_ipRange->setPlaceholderText(tr("Optional, e.g. 172.28.5.0/24; where containers get addresses"));
    m_internal->setAccessibleName(tr("Internal"));
    m_attachable->setAccessibleName(tr("Attachable"));
    m_ipv6->setAccessibleName(tr("Enable IPv6"));
    m_subnet6->setAccessibleName(tr("IPv6 subnet"));
    m_subnet6->setPlaceholderText(tr("e.g. fd00:dead:beef::/64"));
    m_gateway6->setAccessibleName(tr("IPv6 gateway"));
    m_gateway6->setPlaceholderText(tr("Optional, e.g. fd00:dead:beef::1"));

    const QList<QPair<Field, QString>> fields = {
        {Field::Name, tr("Name check")},       {Field::Driver, tr("Driver check")},
        {Field::Subnet, tr("Subnet check")},   {Field::Gateway, tr("Gateway check")},
        {Field::IpRange, tr("IP range check")}, {Field::Subnet6, tr("IPv6 subnet check")},
        {Field::Gateway6, tr("IPv6 gateway check")}};
    for (const auto &[field, name] : fields)
        m_fieldErrors.insert(int(field), errorLabel(this, name));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_fieldErrors.value(int(Field::Name)));
    form->addRow(tr("&Driver:"), m_driver);
    form->addRow(QString(), m_fieldErrors.value(int(Field::Driver)));

    auto *ipam = new QGroupBox(tr("Addresses (IPAM)"), this);
    auto *ipamForm = new QFormLayout(ipam);
    ipamForm->addRow(tr("&Subnet:"), m_subnet);
    ipamForm->addRow(QString(), m_fieldErrors.value(int(Field::Subnet)));
    ipamForm->addRow(tr("&Gateway:"), m_gateway);
    ipamForm->addRow(QString(), m_fieldErrors.value(int(Field::Gateway)));
    ipamForm->addRow(tr("IP &range:"), m_ipRange);
    ipamForm->addRow(QString(), m_fieldErrors.value(int(Field::IpRange)));
    ipamForm->addRow(m_ipv6);
    ipamForm->addRow(tr("IPv6 s&ubnet:"), m_subnet6);
    ipamForm->addRow(QString(), m_fieldErrors.value(int(Field::Subnet6)));
    ipamForm->addRow(tr("IPv6 gate&way:"), m_gateway6);
    ipamForm->addRow(QString(), m_fieldErrors.value(int(Field::Gateway6)));

    auto *labelsBox = new QGroupBox(tr("Labels"), this);
    (new QVBoxLayout(labelsBox))->addWidget(m_labels);
    auto *optionsBox = new QGroupBox(tr("Driver options"), this);
    (new QVBoxLayout(optionsBox))->addWidget(m_options);
    auto *tables = new QHBoxLayout;
    tables->addWidget(labelsBox);
    tables->addWidget(optionsBox);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::ActionRole);
    m_create->setAccessibleName(tr("Create"));
    m_create->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_create, &QPushButton::clicked, this, &NetworkCreateDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(ipam);
    layout->addWidget(m_internal);
    layout->addWidget(m_attachable);
    layout->addLayout(tables);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_command);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Editing a field clears the engine's complaint about it.
    const QList<QPair<QLineEdit *, Field>> edits = {
        {m_name, Field::Name},     {m_subnet, Field::Subnet},   {m_gateway, Field::Gateway},
        {m_ipRange, Field::IpRange}, {m_subnet6, Field::Subnet6}, {m_gateway6, Field::Gateway6}};
    for (const auto &[edit, field] : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, f = field] { m_engineErrors.remove(int(f)); });
        connect(edit, &QLineEdit::textChanged, this, &NetworkCreateDialog::update);
    }
    connect(m_driver, &QComboBox::currentTextChanged, this, [this] {
        m_engineErrors.remove(int(Field::Driver));
        update();
    });
    for (QCheckBox *box : {m_internal, m_attachable, m_ipv6})
        connect(box, &QCheckBox::toggled, this, &NetworkCreateDialog::update);
    connect(m_labels, &KeyValueTable::changed, this, &NetworkCreateDialog::update);
    connect(m_options, &KeyValueTable::changed, this, &NetworkCreateDialog::update);
    // A name taken while the dialog is open is said at once.
    NetworkModel *networks = models->networks();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(networks, signal, this, &NetworkCreateDialog::update);
    requestDrivers();
    update();
}

void NetworkCreateDialog::requestDrivers()
{
    m_models->client()->send(Request::get(QStringLiteral("/info")), this, [this](const Response &r) {
        if (!r.ok())
            return; // bridge stays offered; the engine names a wrong driver itself
        const QJsonArray drivers = QJsonDocument::fromJson(r.body)
                                       .object()
                                       .value(QLatin1String("Plugins"))
                                       .toObject()
                                       .value(QLatin1String("Network"))
                                       .toArray();
        const QString typed = m_driver->currentText();
        for (const QJsonValue &d : drivers) {
            const QString name = d.toString();
            // host and null are the engine's own single networks: nothing to create.
            if (name.isEmpty() || name == QLatin1String("host") || name == QLatin1String("null")
                || m_driver->findText(name) >= 0)
                continue;
            m_driver->addItem(name);
        }
        m_driver->setCurrentText(typed);
    });
}

QStringList NetworkCreateDialog::takenNames() const
{
    QStringList names;
    for (const Network &n : m_models->networks()->items())
        names << n.name;
    return names;
}

NetworkSpec NetworkCreateDialog::spec() const
{
    NetworkSpec s;
    s.name = m_name->text();
    s.driver = m_driver->currentText().trimmed();
    s.subnet = m_subnet->text().trimmed();
    s.gateway = m_gateway->text().trimmed();
    s.ipRange = m_ipRange->text().trimmed();
    s.enableIPv6 = m_ipv6->isChecked();
    s.subnet6 = m_subnet6->text().trimmed();
    s.gateway6 = m_gateway6->text().trimmed();
    s.internal = m_internal->isChecked();
    s.attachable = m_attachable->isChecked();
    if (const auto labels = KeyValueList::parse(m_labels->rows(), tr("Labels")))
        s.labels = labels.value();
    if (const auto options = KeyValueList::parse(m_options->rows(), tr("Driver options")))
        s.options = options.value();
    return s;
}

Action NetworkCreateDialog::action() const
{
    return Actions::createNetwork(spec());
}

QString NetworkCreateDialog::fieldError(Field field) const
{
    QLabel *label = m_fieldErrors.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

QString NetworkCreateDialog::validationError() const
{
    const auto errors = spec().validate(takenNames());
    if (!errors.empty())
        return errors.front().message;
    if (const auto labels = KeyValueList::parse(m_labels->rows(), tr("Labels")); !labels)
        return labels.error();
    if (const auto options = KeyValueList::parse(m_options->rows(), tr("Driver options")); !options)
        return options.error();
    return {};
}

QString NetworkCreateDialog::commandText() const
{
    return m_command->toPlainText();
}

QString NetworkCreateDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NetworkCreateDialog::setFieldError(Field field, const QString &text)
{
    QLabel *label = m_fieldErrors.value(int(field));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void NetworkCreateDialog::update()
{
    m_subnet6->setEnabled(m_ipv6->isChecked());
    m_gateway6->setEnabled(m_ipv6->isChecked());

    QHash<int, QString> problems;
    const NetworkSpec s = spec();
    // An empty name is the starting state, not a mistake to shout about.
    const bool untouched = m_name->text().isEmpty();
    for (const NetworkSpecError &e : s.validate(takenNames())) {
        if (untouched && e.field == Field::Name)
            continue;
        if (!problems.contains(int(e.field)))
            problems.insert(int(e.field), e.message);
    }
    for (auto it = m_engineErrors.cbegin(); it != m_engineErrors.cend(); ++it)
        if (!problems.contains(it.key()))
            problems.insert(it.key(), it.value());
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        setFieldError(Field(it.key()), problems.value(it.key()));

    const QString problem = validationError();
    if (problem.isEmpty()) {
        const Action a = action();
        // The request's JSON body too: what the dialog's fields become.
        m_command->setPlainText(a.cliText() % u'\n' % a.restText(m_models->client()->apiVersion()) % u'\n'
                                % QString::fromUtf8(a.request.body));
    } else {
        m_command->setPlainText(tr("(not valid yet)"));
    }
    // Table errors have no field label of their own: they go to the message line.
    const auto labels = KeyValueList::parse(m_labels->rows(), tr("Labels"));
    const auto options = KeyValueList::parse(m_options->rows(), tr("Driver options"));
    if (!labels)
        showMessage(labels.error(), true);
    else if (!options)
        showMessage(options.error(), true);
    else if (!m_busy && m_engineErrors.isEmpty() && m_tableError)
        m_message->hide();
    m_tableError = !labels || !options;
    m_create->setEnabled(problem.isEmpty() && !m_busy);
}

void NetworkCreateDialog::showMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? ErrorColour : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->show();
}

void NetworkCreateDialog::create()
{
    if (m_busy || !validationError().isEmpty())
        return;
    const Action a = action();
    const QString name = m_name->text();
    m_busy = true;
    m_create->setText(tr("Creating…"));
    update();
    m_models->actions()->runWithReply(a, this, [this, name](const Response &r, const EngineError &error) {
        m_busy = false;
        m_create->setText(tr("Create"));
        if (!r.ok()) {
            // Pin the engine's words to the field they are about.
            const QString msg = error.engineMessage.toLower();
            Field field = Field::Name;
            bool known = true;
            if (msg.contains(QLatin1String("gateway")))
                field = msg.contains(QLatin1String("v6")) && m_ipv6->isChecked() ? Field::Gateway6 : Field::Gateway;
            else if (msg.contains(QLatin1String("range")))
                field = Field::IpRange;
            else if (msg.contains(QLatin1String("ipv6")) && m_ipv6->isChecked())
                field = Field::Subnet6;
            else if (msg.contains(QLatin1String("subnet")) || msg.contains(QLatin1String("pool"))
                     || msg.contains(QLatin1String("overlap")) || msg.contains(QLatin1String("cidr")))
                field = Field::Subnet;
            else if (msg.contains(QLatin1String("plugin")) || msg.contains(QLatin1String("driver")))
                field = Field::Driver;
            else if (msg.contains(QLatin1String("name")) || msg.contains(QLatin1String("exists"))
                     || msg.contains(QLatin1String("predefined")))
                field = Field::Name;
            else
                known = false;
            if (known)
                m_engineErrors.insert(int(field), tr("The engine refused: %1").arg(error.engineMessage));
            showMessage(error.text(), true);
            update();
            return;
        }
        const QString id = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Id")).toString();
        const QString warning = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Warning")).toString();
        showMessage(warning.isEmpty() ? tr("Created network «%1».").arg(name)
                                      : tr("Created network «%1». The engine warns: %2").arg(name, warning),
                    false);
        update();
        emit created(id, name);
    });
}
