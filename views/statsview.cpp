#include "statsview.h"

#include <containermodel.h>
#include <displayformat.h>
#include <enginemodels.h>
#include <statsstream.h>

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double KiB = 1024.0;
constexpr double MiB = 1024.0 * 1024.0;

// 0 … a little over the highest point, rounded so the ticks read well.
void fitValues(QValueAxis *axis, const QList<QLineSeries *> &lines, double floor)
{
    double top = floor;
    for (const QLineSeries *l : lines)
        for (const QPointF &p : l->points())
            top = qMax(top, p.y());
    axis->setRange(0, top * 1.1);
    axis->applyNiceNumbers();
}
} // namespace

StatsView::StatsView(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_stream(new StatsStream(models->client(), this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("statsView"));
    setAccessibleName(tr("Statistics"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Statistics status"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Latest statistics"));

    m_cpu = makeChart(tr("CPU"), tr("CPU (%, 100 = one core)"), {tr("CPU")});
    m_memory = makeChart(tr("Memory"), tr("Memory (MiB)"), {tr("Used"), tr("Limit")});
    m_network = makeChart(tr("Network"), tr("Network (KiB/s)"), {tr("Received"), tr("Sent")});
    m_block = makeChart(tr("Disk (block I/O)"), tr("Disk (KiB/s)"), {tr("Read"), tr("Written")});
    m_cpu.view->setAccessibleName(tr("CPU chart"));
    m_memory.view->setAccessibleName(tr("Memory chart"));
    m_network.view->setAccessibleName(tr("Network chart"));
    m_block.view->setAccessibleName(tr("Disk chart"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_cpu.view, 0, 0);
    grid->addWidget(m_memory.view, 0, 1);
    grid->addWidget(m_network.view, 1, 0);
    grid->addWidget(m_block.view, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(m_stream, &StatsStream::sampleArrived, this, &StatsView::addSample);
    connect(m_stream, &StatsStream::failed, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    connect(m_stream, &StatsStream::ended, this, [this] {
        // The engine ends the stream when the container stops; the model says so too.
        refreshRunning();
        updateStatus();
    });
    ContainerModel *containers = m_models->containers();
    connect(containers, &QAbstractItemModel::dataChanged, this, &StatsView::refreshRunning);
    connect(containers, &QAbstractItemModel::rowsInserted, this, &StatsView::refreshRunning);
    connect(containers, &QAbstractItemModel::rowsRemoved, this, &StatsView::refreshRunning);
    connect(containers, &QAbstractItemModel::modelReset, this, &StatsView::refreshRunning);
    updateStatus();
}

StatsView::Chart StatsView::makeChart(const QString &title, const QString &valueTitle,
                                      const QStringList &lineNames)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->legend()->setVisible(lineNames.size() > 1);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.time = new QDateTimeAxis(c.chart);
    c.time->setFormat(QStringLiteral("HH:mm:ss"));
    c.time->setTitleText(tr("Time"));
    c.time->setTickCount(5);
    c.value = new QValueAxis(c.chart);
    c.value->setTitleText(valueTitle);
    c.value->setLabelFormat(QStringLiteral("%.3g")); // 0.5 MiB must not read as 1
    c.value->setRange(0, 1);
    c.chart->addAxis(c.time, Qt::AlignBottom);
    c.chart->addAxis(c.value, Qt::AlignLeft);
    for (const QString &name : lineNames) {
        auto *line = new QLineSeries(c.chart);
        line->setName(name);
        c.chart->addSeries(line);
        line->attachAxis(c.time);
        line->attachAxis(c.value);
        c.lines << line;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    c.time->setRange(QDateTime::fromMSecsSinceEpoch(now - WindowSeconds * 1000),
                     QDateTime::fromMSecsSinceEpoch(now));
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumSize(260, 200);
    return c;
}

QLineSeries *StatsView::series(Series which) const
{
    switch (which) {
    case Series::Cpu: return m_cpu.lines.value(0);
    case Series::MemoryUsed: return m_memory.lines.value(0);
    case Series::MemoryLimit: return m_memory.lines.value(1);
    case Series::NetworkRx: return m_network.lines.value(0);
    case Series::NetworkTx: return m_network.lines.value(1);
    case Series::BlockRead: return m_block.lines.value(0);
    case Series::BlockWrite: return m_block.lines.value(1);
    }
    return nullptr;
}

void StatsView::setContainer(const QString &id, const QString &name, bool running)
{
    if (id != m_id) {
        m_stream->stop();
        clear();
        m_error.clear();
    }
    m_id = id;
    m_name = name;
    m_running = running;
    refreshRunning();
    updateStreaming();
    updateStatus();
}

bool StatsView::isStreaming() const
{
    return m_stream->isRunning();
}

void StatsView::clear()
{
    for (const Chart *c : {&m_cpu, &m_memory, &m_network, &m_block})
        for (QLineSeries *l : c->lines)
            l->clear();
    m_hasPrevious = false;
    m_summary->clear();
}

void StatsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateStreaming();
    updateStatus();
}

void StatsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateStreaming();
}

void StatsView::refreshRunning()
{
    if (m_id.isEmpty())
        return;
    ContainerModel *containers = m_models->containers();
    const Container *c = containers->item(m_id);
    // A container the model does not list (yet) keeps what setContainer said,
    // unless the model has loaded and the row is gone.
    if (c)
        m_running = c->isRunning();
    else if (containers->rowCount() > 0)
        m_running = false;
    updateStreaming();
    updateStatus();
}

void StatsView::updateStreaming()
{
    const bool want = isVisible() && m_running && !m_id.isEmpty();
    if (want && !m_stream->isRunning() && (m_stream->container() != m_id || m_error.isEmpty())) {
        m_error.clear();
        m_waiting = true;
        // A gap in the lines is better than a rate computed across it.
        m_hasPrevious = false;
        m_stream->start(m_id);
    } else if (!want && m_stream->isRunning()) {
        m_stream->stop();
    }
}

void StatsView::append(QLineSeries *line, qint64 ms, double value)
{
    line->append(double(ms), value);
    // Points older than the window are dropped from the front, so the series stays small.
    const double oldest = double(ms - WindowSeconds * 1000);
    int stale = 0;
    const int count = line->count();
    while (stale < count && line->at(stale).x() < oldest)
        ++stale;
    if (stale > 0)
        line->removePoints(0, stale);
}

void StatsView::addSample(const StatsSample &sample)
{
    m_waiting = false;
    const qint64 ms = sample.readMs > 0 ? sample.readMs : QDateTime::currentMSecsSinceEpoch();
    if (sample.hasCpu)
        append(m_cpu.lines[0], ms, sample.cpuPercent);
    append(m_memory.lines[0], ms, double(sample.memoryUsed) / MiB);
    append(m_memory.lines[1], ms, double(sample.memoryLimit) / MiB);
    if (m_hasPrevious && ms > m_previous.readMs) {
        const double seconds = double(ms - m_previous.readMs) / 1000.0;
        // Counters restart with the container; a negative rate means that, not traffic.
        auto rate = [seconds](qint64 now, qint64 before) {
            return now >= before ? double(now - before) / seconds / KiB : 0.0;
        };
        append(m_network.lines[0], ms, rate(sample.networkRx, m_previous.networkRx));
        append(m_network.lines[1], ms, rate(sample.networkTx, m_previous.networkTx));
        append(m_block.lines[0], ms, rate(sample.blockRead, m_previous.blockRead));
        append(m_block.lines[1], ms, rate(sample.blockWrite, m_previous.blockWrite));
    }
    m_previous = sample;
    m_previous.readMs = ms;
    m_hasPrevious = true;
    rescale(ms);

    const QString cpu = sample.hasCpu ? QLocale().toString(sample.cpuPercent, 'f', 1) : tr("…");
    m_summary->setText(tr("CPU %1 % · memory %2 of %3 · processes %4")
                           .arg(cpu, DisplayFormat::size(sample.memoryUsed),
                                DisplayFormat::size(sample.memoryLimit))
                           .arg(sample.pids));
    updateStatus();
}

void StatsView::rescale(qint64 newestMs)
{
    for (Chart *c : {&m_cpu, &m_memory, &m_network, &m_block})
        c->time->setRange(QDateTime::fromMSecsSinceEpoch(newestMs - WindowSeconds * 1000),
                          QDateTime::fromMSecsSinceEpoch(newestMs));
    fitValues(m_cpu.value, m_cpu.lines, 100);
    // The limit is often the whole host: drawing it would flatten the used line.
    const double used = [this] {
        double top = 1;
        for (const QPointF &p : m_memory.lines[0]->points())
            top = qMax(top, p.y());
        return top;
    }();
    const double limit = m_memory.lines[1]->count() ? m_memory.lines[1]->points().constLast().y() : 0;
    if (limit > 0 && limit <= used * 4)
        fitValues(m_memory.value, m_memory.lines, 1);
    else
        fitValues(m_memory.value, {m_memory.lines[0]}, 1);
    m_memory.lines[1]->setName(limit > used * 4 ? tr("Limit: %1 (off the scale)").arg(
                                                      DisplayFormat::size(qint64(limit * MiB)))
                                                : tr("Limit"));
    fitValues(m_network.value, m_network.lines, 1);
    fitValues(m_block.value, m_block.lines, 1);
}

void StatsView::updateStatus()
{
    QString text;
    if (m_id.isEmpty())
        text = tr("Select a container to see its statistics.");
    else if (!m_error.isEmpty())
        text = m_error;
    else if (!m_running)
        text = tr("Container «%1» is not running: there is nothing to measure. Start it to see "
                  "its statistics.").arg(m_name.isEmpty() ? m_id.left(12) : m_name);
    else if (m_waiting && m_stream->isRunning())
        text = tr("Waiting for the first figures from the engine…");
    else
        text = tr("Live figures of «%1» over the last two minutes (docker stats).")
                   .arg(m_name.isEmpty() ? m_id.left(12) : m_name);
    m_status->setText(text);
}
