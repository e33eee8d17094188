#pragma once

#include "networkexplainer.h"

#include <QPointer>
#include <QWidget>

class EngineModels;
class QAction;
class QLabel;
class QToolBar;
class TopologyModel;
class TopologyView;

// The network picture with its toolbar (fit, zoom, save, explain) and a line
// that says how to use it, ready for a dock. Made from the engine's models,
// it owns the TopologyModel it draws.
class TopologyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyPanel(EngineModels *models, QWidget *parent = nullptr);
    TopologyPanel(TopologyModel *model, QWidget *parent = nullptr);

    TopologyView *view() const { return m_view; }
    TopologyModel *model() const { return m_model; }
    QAction *fitAction() const { return m_fit; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }
    QAction *explainAction() const { return m_explain; }
    QString statusText() const;

public slots:
    // Opens (or raises) the explanation, the kind of the current network highlighted.
    NetworkExplainer *openExplainer();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void save(bool svg);
    NetworkExplainer::Kind currentKind() const;

    TopologyModel *m_model;
    TopologyView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QToolBar *m_bar = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_savePng = nullptr;
    QAction *m_saveSvg = nullptr;
    QAction *m_explain = nullptr;
    QPointer<NetworkExplainer> m_explainer;
    QString m_lastSave; // the last save's outcome, kept across a change of language
};
