#include "mountrowedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

MountRowEdit::MountRowEdit(RunMount::Type type, const QString &source, const QString &target, bool readOnly,
                           const QString &tmpfsSize, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_type(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_browse(new QToolButton(this))
    , m_target(new QLineEdit(target, this))
    , m_size(new QLineEdit(tmpfsSize, this))
    , m_readOnly(new QCheckBox(tr("read-only"), this))
    , m_noteLabel(new QLabel(this))
{
    m_type->addItem(tr("volume"), int(RunMount::Type::Volume));
    m_type->addItem(tr("bind"), int(RunMount::Type::Bind));
    m_type->addItem(tr("tmpfs"), int(RunMount::Type::Tmpfs));
    m_type->setCurrentIndex(m_type->findData(int(type)));
    m_type->setAccessibleName(tr("Mount type"));
    m_source->setEditable(true);
    m_source->setAccessibleName(tr("Mount source"));
    m_browse->setText(tr("Folder…"));
    m_browse->setAccessibleName(tr("Choose a host folder"));
    m_target->setPlaceholderText(tr("/path/in/container"));
    m_target->setAccessibleName(tr("Mount target"));
    m_readOnly->setChecked(readOnly);
    m_readOnly->setAccessibleName(tr("Read-only"));
    m_size->setPlaceholderText(tr("size, e.g. 64m"));
    m_size->setAccessibleName(tr("tmpfs size"));
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove mount row"));
    m_noteLabel->setWordWrap(true);
    QPalette p = m_noteLabel->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_noteLabel->setPalette(p);

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 4);
    auto *h = new QHBoxLayout;
    h->addWidget(m_type);
    h->addWidget(m_source, 2);
    h->addWidget(m_browse);
    h->addWidget(new QLabel(QStringLiteral("→"), this));
    h->addWidget(m_target, 2);
    h->addWidget(m_size, 1);
    h->addWidget(m_readOnly);
    h->addWidget(remove);
    v->addLayout(h);
    v->addWidget(m_noteLabel);

    typeChanged();
    m_source->setCurrentText(source);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        typeChanged();
        emit changed();
    });
    connect(m_source, &QComboBox::currentTextChanged, this, &MountRowEdit::changed);
    connect(m_target, &QLineEdit::textChanged, this, &MountRowEdit::changed);
    connect(m_size, &QLineEdit::textChanged, this, &MountRowEdit::changed);
    connect(m_readOnly, &QCheckBox::toggled, this, &MountRowEdit::changed);
    connect(m_browse, &QToolButton::clicked, this, &MountRowEdit::chooseFolder);
    connect(remove, &QToolButton::clicked, this, &MountRowEdit::removeRequested);
}

QString MountRowEdit::explanation(RunMount::Type type)
{
    switch (type) {
    case RunMount::Type::Volume:
        return tr("Volume: storage the engine manages; it outlives the container. "
                  "Pick one or type a new name (empty: an anonymous volume).");
    case RunMount::Type::Bind:
        return tr("Bind: a folder of the engine's host, seen live inside the container.");
    case RunMount::Type::Tmpfs:
        return tr("tmpfs: memory only; its content is gone when the container stops.");
    }
    return {};
}

RunMount::Type MountRowEdit::type() const
{
    return RunMount::Type(m_type->currentData().toInt());
}

RunMount MountRowEdit::mount() const
{
    RunMount m;
    m.type = type();
    m.source = m.type == RunMount::Type::Tmpfs ? QString() : m_source->currentText().trimmed();
    m.target = m_target->text().trimmed();
    m.readOnly = m_readOnly->isChecked();
    if (m.type == RunMount::Type::Tmpfs && !m_size->text().trimmed().isEmpty())
        m.tmpfsSizeBytes = RunSpec::parseSize(m_size->text());
    return m;
}

void MountRowEdit::setNote(const QString &note)
{
    m_note = note;
    showNote();
}

QWidget *MountRowEdit::field(const QString &part) const
{
    if (part == QLatin1String("source"))
        return m_source;
    if (part == QLatin1String("size"))
        return m_size;
    return m_target;
}

QList<QWidget *> MountRowEdit::fields() const
{
    return {m_source, m_target, m_size};
}

void MountRowEdit::typeChanged()
{
    const RunMount::Type t = type();
    const QString text = m_source->currentText();
    m_source->blockSignals(true);
    m_source->clear();
    if (t == RunMount::Type::Volume) {
        if (m_options.volumeNames)
            m_source->addItems(m_options.volumeNames());
        m_source->lineEdit()->setPlaceholderText(tr("volume name; empty: anonymous"));
    } else if (t == RunMount::Type::Bind) {
        m_source->lineEdit()->setPlaceholderText(tr("/absolute/host/path"));
    }
    m_source->setCurrentText(t == RunMount::Type::Tmpfs ? QString() : text);
    m_source->blockSignals(false);
    m_source->setEnabled(t != RunMount::Type::Tmpfs);
    m_browse->setVisible(t == RunMount::Type::Bind);
    m_browse->setEnabled(m_options.engineIsLocal);
    if (!m_options.engineIsLocal)
        m_browse->setToolTip(tr("The engine is remote: type a path on its host."));
    m_size->setVisible(t == RunMount::Type::Tmpfs);
    showNote();
}

void MountRowEdit::chooseFolder()
{
    auto *picker = new QFileDialog(window(), tr("Host folder to mount"), m_source->currentText());
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &dir) { m_source->setCurrentText(dir); });
    picker->open();
}

void MountRowEdit::showNote()
{
    const QString text = !m_note.isEmpty() ? m_note : m_options.explainType ? explanation(type()) : QString();
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}
