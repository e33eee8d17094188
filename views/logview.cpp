#include "logview.h"

#include <containerlogs.h>
#include <logmodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

LogView::LogView(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_logs(new ContainerLogs(client, m_model, this))
    , m_follow(new QToolButton(this))
    , m_timestamps(new QToolButton(this))
    , m_tail(new QComboBox(this))
    , m_sinceEnabled(new QCheckBox(tr("Since"), this))
    , m_since(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this))
    , m_search(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matches(new QLabel(this))
    , m_save(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("logView"));
    setAccessibleName(tr("Container logs"));

    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view as lines arrive"));
    m_follow->setAccessibleName(tr("Follow new lines"));
    m_timestamps->setText(tr("Timestamps"));
    m_timestamps->setCheckable(true);
    m_timestamps->setToolTip(tr("Show when the container wrote each line"));
    m_timestamps->setAccessibleName(tr("Show timestamps"));

    m_tail->addItem(tr("Last 100 lines"), 100);
    m_tail->addItem(tr("Last 1,000 lines"), 1000);
    m_tail->addItem(tr("Last 10,000 lines"), 10000);
    m_tail->addItem(tr("All lines"), -1);
    m_tail->setCurrentIndex(1);
    m_tail->setToolTip(tr("How many of the existing lines to read first (docker logs --tail)"));
    m_tail->setAccessibleName(tr("Tail"));
    m_sinceEnabled->setToolTip(tr("Only lines written after this time (docker logs --since)"));
    m_sinceEnabled->setAccessibleName(tr("Only lines since a time"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_since->setEnabled(false);
    m_since->setAccessibleName(tr("Since time"));

    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the logs"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_matches->setAccessibleName(tr("Match count"));
    m_matches->setMinimumWidth(m_matches->fontMetrics().horizontalAdvance(tr("%n matches", nullptr, 100000)));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the lines shown to a file"));
    m_save->setAccessibleName(tr("Save the logs"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Empty the view; new lines still arrive"));
    m_clear->setAccessibleName(tr("Clear the view"));

    m_list->setModel(m_model);
    // Without uniform sizes the view measures every row: a million rows would freeze it.
    m_list->setUniformItemSizes(true);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setAccessibleName(tr("Log lines"));
    m_status->setAccessibleName(tr("Log stream status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_follow);
    controls->addWidget(m_timestamps);
    controls->addWidget(m_tail);
    controls->addWidget(m_sinceEnabled);
    controls->addWidget(m_since);
    controls->addStretch();
    controls->addWidget(m_save);
    controls->addWidget(m_clear);
    auto *search = new QHBoxLayout;
    search->setContentsMargins(0, 0, 0, 0);
    search->addWidget(m_search, 1);
    search->addWidget(m_previous);
    search->addWidget(m_next);
    search->addWidget(m_matches);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_list->scrollToBottom();
    });
    // Scrolling away from the end is how a user says "stop following".
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_list->verticalScrollBar();
        if (bar->isSliderDown() && value < bar->maximum())
            m_follow->setChecked(false);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_list->scrollToBottom();
        updateStatus();
    });
    connect(m_timestamps, &QToolButton::toggled, m_model, &LogModel::setShowTimestamps);
    connect(m_tail, &QComboBox::currentIndexChanged, this, &LogView::restartWithControls);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        restartWithControls();
    });
    connect(m_since, &QDateTimeEdit::editingFinished, this, &LogView::restartWithControls);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        findMatch(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(m_next, &QToolButton::clicked, this, [this] { findMatch(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findMatch(true); });
    // Counting over a million lines takes a moment: wait until typing pauses.
    auto *countTimer = new QTimer(this);
    countTimer->setSingleShot(true);
    countTimer->setInterval(250);
    connect(countTimer, &QTimer::timeout, this, &LogView::updateMatchCount);
    connect(m_search, &QLineEdit::textChanged, countTimer, qOverload<>(&QTimer::start));
    connect(m_save, &QToolButton::clicked, this, &LogView::save);
    connect(m_clear, &QToolButton::clicked, m_model, &LogModel::clear);
    connect(m_logs, &ContainerLogs::stateChanged, this, &LogView::updateStatus);
    updateStatus();
    updateMatchCount();
}

LogView::~LogView() = default;

void LogView::setContainer(const QString &id)
{
    if (id == m_logs->container())
        return;
    m_logs->setContainer(id);
    updateStreaming();
    updateStatus();
}

QString LogView::container() const
{
    return m_logs->container();
}

void LogView::setActive(bool active)
{
    m_active = active;
    updateStreaming();
}

void LogView::containerChanged()
{
    updateStreaming(true);
}

bool LogView::isStreaming() const
{
    return m_logs->isRunning();
}

void LogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateStreaming();
}

void LogView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateStreaming();
}

void LogView::updateStreaming(bool retry)
{
    const bool wanted = m_active && isVisible() && !m_logs->container().isEmpty();
    if (!wanted) {
        m_logs->stop();
    } else if (!m_logs->isRunning() && (retry || m_logs->state() != ContainerLogs::State::Failed)) {
        m_logs->setTail(m_tail->currentData().toInt());
        m_logs->setSinceNs(m_sinceEnabled->isChecked()
                               ? m_since->dateTime().toMSecsSinceEpoch() * 1000000
                               : 0);
        m_logs->resume();
    }
}

void LogView::restartWithControls()
{
    m_logs->setTail(m_tail->currentData().toInt());
    m_logs->setSinceNs(m_sinceEnabled->isChecked() ? m_since->dateTime().toMSecsSinceEpoch() * 1000000
                                                   : 0);
    if (m_active && isVisible() && !m_logs->container().isEmpty())
        m_logs->restart();
    else
        m_model->clear();
}

void LogView::findMatch(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = m_model->find(needle, current.isValid() ? current.row() : -1, backwards);
    if (row < 0) {
        m_matches->setText(tr("No match"));
        return;
    }
    // A match above the end means the user is reading, not following.
    if (row < m_model->rowCount() - 1)
        m_follow->setChecked(false);
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogView::updateMatchCount()
{
    const QString needle = m_search->text();
    const bool any = !needle.isEmpty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    m_matches->setText(any ? tr("%n matches", nullptr, m_model->countMatches(needle)) : QString());
}

void LogView::updateStatus()
{
    QString text;
    switch (m_logs->state()) {
    case ContainerLogs::State::Idle:
        text = m_logs->container().isEmpty() ? QString() : tr("Not streaming.");
        break;
    case ContainerLogs::State::Starting:
        text = tr("Connecting…");
        break;
    case ContainerLogs::State::Streaming:
        text = tr("Live: %n lines (%1).", nullptr, m_model->rowCount())
                   .arg(m_logs->tty() ? tr("terminal output, one stream")
                                      : tr("stdout and stderr, stderr in red"));
        break;
    case ContainerLogs::State::Ended:
        text = tr("%n lines. The stream ended: the container is not running.", nullptr,
                  m_model->rowCount());
        break;
    case ContainerLogs::State::Failed:
        text = m_logs->errorText();
        break;
    }
    m_status->setText(text);
}

void LogView::save()
{
    // Non-blocking on purpose: getSaveFileName would nest an event loop.
    auto *dialog = new QFileDialog(this, tr("Save the logs"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Log files (*.log *.txt)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->selectFile(m_logs->container().left(12) + QStringLiteral(".log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccessibleName(tr("Save the logs"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !m_model->writeTo(&file, m_timestamps->isChecked())) {
            m_status->setText(tr("Could not save the logs to %1: %2").arg(path, file.errorString()));
            return;
        }
        m_status->setText(tr("Saved %n lines to %1.", nullptr, m_model->rowCount()).arg(path));
    });
    dialog->open();
}
