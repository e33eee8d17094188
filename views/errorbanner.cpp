#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error message"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #e0a9a4; "
                                 "border-radius: 3px; } #errorBanner QLabel { color: #611a15; }"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Error text"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the error message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString &text)
{
    m_label->setText(text);
    show();
}

QString ErrorBanner::text() const
{
    return m_label->text();
}
