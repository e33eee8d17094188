#include "confirmdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *codeBox(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Long IDs in REST paths wrap anywhere rather than hide behind a scroll bar.
    box->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    box->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    box->setAccessibleName(accessibleName);
    return box;
}
} // namespace

ConfirmDialog::ConfirmDialog(const QString &apiVersion, QWidget *parent)
    : QDialog(parent)
    , m_apiVersion(apiVersion)
    , m_heading(new QLabel(this))
    , m_removes(new QListWidget(this))
    , m_optionsBox(new QWidget(this))
    , m_command(codeBox(this, tr("docker command")))
    , m_rest(codeBox(this, tr("Engine API call")))
{
    setWindowTitle(tr("Confirm removal"));
    setMinimumWidth(520);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_heading, 1);

    auto *removesLabel = new QLabel(tr("This will be removed permanently:"), this);
    m_removes->setAccessibleName(tr("What will be removed"));
    m_removes->setSelectionMode(QAbstractItemView::NoSelection);
    removesLabel->setBuddy(m_removes);

    auto *optionsLayout = new QVBoxLayout(m_optionsBox);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_optionsBox->hide();

    auto *commandLabel = new QLabel(tr("Same as this docker command:"), this);
    commandLabel->setBuddy(m_command);
    auto *restLabel = new QLabel(tr("Engine API call:"), this);
    restLabel->setBuddy(m_rest);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Remove"), QDialogButtonBox::AcceptRole);
    m_confirm->setAccessibleName(tr("Remove"));
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // Enter must not destroy data by accident.
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(removesLabel);
    layout->addWidget(m_removes);
    layout->addWidget(m_optionsBox);
    layout->addWidget(commandLabel);
    layout->addWidget(m_command);
    layout->addWidget(restLabel);
    layout->addWidget(m_rest);
    layout->addWidget(buttons);
}

void ConfirmDialog::setHeading(const QString &heading)
{
    m_heading->setText(heading);
}

QString ConfirmDialog::heading() const
{
    return m_heading->text();
}

int ConfirmDialog::addOption(const QString &text, const QString &explanation, bool checked)
{
    auto *box = new QCheckBox(text, m_optionsBox);
    box->setChecked(checked);
    box->setToolTip(explanation);
    box->setAccessibleName(text);
    box->setAccessibleDescription(explanation);
    m_optionsBox->layout()->addWidget(box);
    if (!explanation.isEmpty()) {
        auto *hint = new QLabel(explanation, m_optionsBox);
        hint->setWordWrap(true);
        hint->setContentsMargins(22, 0, 0, 4);
        QPalette p = hint->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        hint->setPalette(p);
        m_optionsBox->layout()->addWidget(hint);
    }
    m_optionsBox->show();
    m_options.append(box);
    connect(box, &QCheckBox::toggled, this, &ConfirmDialog::rebuild);
    rebuild();
    return int(m_options.size()) - 1;
}

void ConfirmDialog::setOptionChecked(int option, bool checked)
{
    if (option >= 0 && option < m_options.size())
        m_options[option]->setChecked(checked);
}

QList<bool> ConfirmDialog::options() const
{
    QList<bool> values;
    for (const QCheckBox *box : m_options)
        values.append(box->isChecked());
    return values;
}

void ConfirmDialog::setBuilder(Builder builder)
{
    m_builder = std::move(builder);
    rebuild();
}

QStringList ConfirmDialog::removedItems() const
{
    QStringList items;
    for (const Action &action : m_actions)
        for (const QString &item : action.removes)
            if (!items.contains(item))
                items.append(item);
    return items;
}

QString ConfirmDialog::commandText() const
{
    QStringList lines;
    for (const Action &action : m_actions)
        lines.append(action.cliText());
    return lines.join(QLatin1Char('\n'));
}

QString ConfirmDialog::restText() const
{
    QStringList lines;
    for (const Action &action : m_actions)
        lines.append(action.restText(m_apiVersion));
    return lines.join(QLatin1Char('\n'));
}

void ConfirmDialog::fitHeights()
{
    // Boxes as tall as their content, up to a few lines: one container should
    // not look like a list of many.
    const int rows = qBound(1, m_removes->count(), 6);
    const int rowHeight = qMax(m_removes->sizeHintForRow(0), m_removes->fontMetrics().height() + 4);
    m_removes->setFixedHeight(rowHeight * rows + 2 * m_removes->frameWidth() + 4);
    for (QPlainTextEdit *box : {m_command, m_rest}) {
        const int lines = qBound(1, int(box->toPlainText().count(QLatin1Char('\n'))) + 1, 4);
        const int extra = box == m_rest ? 1 : 0; // room for a wrapped REST path
        box->setFixedHeight(box->fontMetrics().lineSpacing() * (lines + extra)
                            + 2 * box->frameWidth() + 10);
    }
}

void ConfirmDialog::rebuild()
{
    m_actions = m_builder ? m_builder(options()) : QList<Action>{};
    m_removes->clear();
    m_removes->addItems(removedItems());
    m_command->setPlainText(commandText());
    m_rest->setPlainText(restText());
    fitHeights();
    m_confirm->setEnabled(!m_actions.isEmpty());
}
