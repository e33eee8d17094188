#pragma once

#include <statssample.h>

#include <QList>
#include <QPointF>
#include <QWidget>

class EngineModels;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;
class StatsStream;

// A container's CPU, memory, network and block I/O over the last two minutes,
// drawn from the engine's stats stream. The stream runs only while this view
// is visible and its container runs; the container's row in the model says
// when it starts or stops.
class StatsView : public QWidget
{
    Q_OBJECT
public:
    enum class Series { Cpu, MemoryUsed, MemoryLimit, NetworkRx, NetworkTx, BlockRead, BlockWrite };
    static constexpr int WindowSeconds = 120;

    StatsView(EngineModels *models, QWidget *parent = nullptr);

    void setContainer(const QString &id, const QString &name, bool running);
    QString container() const { return m_id; }
    bool isStreaming() const;
    StatsStream *stream() const { return m_stream; }
    QLineSeries *series(Series which) const;
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }

    // What the stream does with each sample; public so tests can feed them.
    void addSample(const StatsSample &sample);
    void clear();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *value = nullptr;
        QList<QLineSeries *> lines;
    };
    Chart makeChart(const QString &title, const QString &valueTitle, const QStringList &lineNames);
    void updateStreaming();
    void refreshRunning();
    void append(QLineSeries *line, qint64 ms, double value);
    void rescale(qint64 newestMs);
    void updateStatus();

    EngineModels *m_models;
    StatsStream *m_stream;
    QString m_id;
    QString m_name;
    bool m_running = false;
    QString m_error;
    bool m_waiting = false;
    Chart m_cpu;
    Chart m_memory;
    Chart m_network;
    Chart m_block;
    QLabel *m_status;
    QLabel *m_summary;
    StatsSample m_previous;
    bool m_hasPrevious = false;
};
