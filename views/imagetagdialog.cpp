#include "imagetagdialog.h"

#include "commandpreview.h"

#include <actionrunner.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imageactions.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImageTagDialog::ImageTagDialog(EngineModels *models, const QString &imageId, const QString &displayName,
                               QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_imageId(imageId)
    , m_displayName(displayName)
    , m_target(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_command(new CommandPreview(7, this))
{
    setObjectName(QStringLiteral("imageTagDialog"));
    setWindowTitle(tr("Tag image"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("A tag is another name for the same image: nothing is copied. "
                                "To push to a registry, start the name with its host, "
                                "e.g. 127.0.0.1:5000/name:tag."),
                             this);
    intro->setWordWrap(true);
    m_target->setAccessibleName(tr("New name"));
    m_target->setPlaceholderText(tr("[registry/]name[:tag]"));
    connect(m_target, &QLineEdit::textChanged, this, &ImageTagDialog::update);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the name"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto *form = new QFormLayout;
    auto *source = new QLabel(displayName, this);
    source->setAccessibleName(tr("Image"));
    form->addRow(tr("Image:"), source);
    form->addRow(tr("&New name:"), m_target);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_tag = buttons->addButton(tr("Tag"), QDialogButtonBox::AcceptRole);
    m_tag->setAccessibleName(tr("Tag"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_tag, &QPushButton::clicked, this, &ImageTagDialog::tag);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    update();
}

void ImageTagDialog::setTarget(const QString &reference)
{
    m_target->setText(reference);
}

QString ImageTagDialog::problem() const
{
    return m_problem->text();
}

QString ImageTagDialog::commandText() const
{
    return m_command->toPlainText();
}

void ImageTagDialog::update()
{
    const auto ref = ImageReference::parse(m_target->text());
    m_tag->setEnabled(ref.ok());
    m_problem->setText(ref.ok() || m_target->text().isEmpty() ? QString() : ref.error());
    if (!ref.ok()) {
        m_command->setPlainText(QStringLiteral("docker tag %1 …").arg(m_displayName));
        return;
    }
    const Action a = Actions::tagImage(m_imageId, m_displayName, ref.value());
    m_command->setAction(a, m_models->client()->apiVersion());
}

void ImageTagDialog::tag()
{
    const auto ref = ImageReference::parse(m_target->text());
    if (!ref.ok())
        return;
    m_tag->setEnabled(false);
    const Action a = Actions::tagImage(m_imageId, m_displayName, ref.value());
    const QString name = ref.value().familiar();
    m_models->actions()->run(a, this, [this, name](const EngineError &error) {
        if (error.isError()) {
            m_problem->setText(error.text());
            m_tag->setEnabled(true);
            return;
        }
        emit tagged(name);
        accept();
    });
}
