#include "topologypanel.h"

#include "topologynodeitem.h"
#include "topologyview.h"

#include <enginemodels.h>
#include <topologymodel.h>

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

TopologyPanel::TopologyPanel(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_model(new TopologyModel(models->containers(), models->networks(), this))
{
    build();
}

TopologyPanel::TopologyPanel(TopologyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    build();
}

void TopologyPanel::build()
{
    setObjectName(QStringLiteral("topologyPanel"));
    m_view = new TopologyView(m_model, this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *bar = m_bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("topologyToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fit = bar->addAction(QString(), m_view, &TopologyView::fitAll);
    m_zoomIn = bar->addAction(QString(), m_view, &TopologyView::zoomIn);
    m_zoomOut = bar->addAction(QString(), m_view, &TopologyView::zoomOut);
    bar->addSeparator();
    m_savePng = bar->addAction(QString(), this, [this] { save(false); });
    m_saveSvg = bar->addAction(QString(), this, [this] { save(true); });
    bar->addSeparator();
    m_explain = bar->addAction(QString(), this, &TopologyPanel::openExplainer);
    // The view takes these keys itself when it has focus; the toolbar's show where they are.
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_status->setObjectName(QStringLiteral("topologyStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    retranslate();
    connect(m_view, &TopologyView::networkSelected, this, [this] {
        if (m_explainer)
            m_explainer->setHighlighted(currentKind());
    });
}

void TopologyPanel::retranslate()
{
    m_bar->setAccessibleName(tr("Network picture actions"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole picture (Ctrl+0)"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++ or the mouse wheel)"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+- or the mouse wheel)"));
    m_savePng->setText(tr("Save as PNG…"));
    m_savePng->setToolTip(tr("Save the network picture as a PNG picture"));
    m_saveSvg->setText(tr("Save as SVG…"));
    m_saveSvg->setToolTip(tr("Save the network picture as an SVG drawing"));
    m_explain->setText(tr("Explain networks…"));
    m_explain->setToolTip(tr("Bridge, user-defined, host and none: who can reach whom"));
    m_status->setAccessibleName(tr("Network picture status"));
    m_status->setText(m_lastSave.isEmpty()
                          ? tr("Drag a container onto a network to connect it. Wheel: zoom; drag the "
                               "background: move; Tab and arrows: go from node to node.")
                          : m_lastSave);
}

QString TopologyPanel::statusText() const
{
    return m_status->text();
}

void TopologyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

NetworkExplainer::Kind TopologyPanel::currentKind() const
{
    const TopologyNode *n = m_model->node(m_view->currentKey());
    if (!n)
        return NetworkExplainer::Kind::None;
    switch (n->kind) {
    case TopologyNode::Kind::Host: return NetworkExplainer::Kind::Host;
    case TopologyNode::Kind::Network: return NetworkExplainer::kindOf(n->name, n->driver);
    case TopologyNode::Kind::Container: break;
    }
    switch (n->placement) {
    case TopologyNode::Placement::InHost: return NetworkExplainer::Kind::Host;
    case TopologyNode::Placement::Isolated: return NetworkExplainer::Kind::Isolated;
    default: break;
    }
    return NetworkExplainer::Kind::None;
}

NetworkExplainer *TopologyPanel::openExplainer()
{
    if (!m_explainer) {
        m_explainer = new NetworkExplainer(this);
        m_explainer->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_explainer->setHighlighted(currentKind());
    m_explainer->show();
    m_explainer->raise();
    return m_explainer;
}

void TopologyPanel::save(bool svg)
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, svg ? tr("Save the network picture as SVG")
                                             : tr("Save the network picture as PNG"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    dialog->setDefaultSuffix(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    dialog->selectFile(svg ? QStringLiteral("networks.svg") : QStringLiteral("networks.png"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, svg](const QString &file) {
        QString error;
        const bool ok = svg ? m_view->saveSvg(file, &error) : m_view->savePng(file, &error);
        m_lastSave = ok ? tr("Saved as %1").arg(file) : error;
        m_status->setText(m_lastSave);
    });
    dialog->open();
}
