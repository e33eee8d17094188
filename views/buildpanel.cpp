#include "buildpanel.h"

#include "commandpreview.h"
#include "keyvaluetable.h"

#include <contextpacker.h>
#include <displayformat.h>
#include <engineclient.h>
#include <enginemodels.h>

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr const char *ErrorProperty = "quaiError";
// A long build logs a lot; older lines go so that appending stays fast.
constexpr int MaxLogLines = 20000;

void mark(QWidget *w, const QString &error)
{
    w->setProperty(ErrorProperty, error);
    w->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("border: 2px solid #c01c28;"));
    w->setToolTip(error);
}

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

BuildPanel::BuildPanel(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_job(new BuildJob(models->client(), models->commandLog(), this))
    , m_preview(new ContextPacker(this))
    , m_previewTimer(new QTimer(this))
    , m_elapsedTimer(new QTimer(this))
    , m_context(new QLineEdit(this))
    , m_chooseContext(new QToolButton(this))
    , m_dockerfile(new QLineEdit(QStringLiteral("Dockerfile"), this))
    , m_tags(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_args(new KeyValueTable(tr("Build arguments"), this))
    , m_noCache(new QCheckBox(tr("Do not use the cache (--no-cache)"), this))
    , m_pull(new QCheckBox(tr("Always pull the base image (--pull)"), this))
    , m_contextSize(new QLabel(this))
    , m_cli(new CommandPreview(4, this))
    , m_build(new QPushButton(tr("Build"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_run(new QPushButton(tr("Run…"), this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_message(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("buildPanel"));
    setAccessibleName(tr("Build an image"));

    m_context->setAccessibleName(tr("Build context folder"));
    m_context->setPlaceholderText(tr("The folder sent to the engine; COPY reads from it"));
    m_chooseContext->setText(tr("Choose…"));
    m_chooseContext->setAccessibleName(tr("Choose the build context folder"));
    m_dockerfile->setAccessibleName(tr("Dockerfile"));
    m_dockerfile->setToolTip(tr("The Dockerfile's path inside the build context"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("name:tag, several separated by spaces"));
    m_target->setAccessibleName(tr("Target stage"));
    m_target->setPlaceholderText(tr("Empty: the last stage"));
    m_noCache->setAccessibleName(tr("Do not use the cache"));
    m_pull->setAccessibleName(tr("Always pull the base image"));
    m_contextSize->setAccessibleName(tr("Build context size"));
    m_contextSize->setWordWrap(true);

    m_build->setAccessibleName(tr("Build the image"));
    m_build->setDefault(true);
    m_cancel->setAccessibleName(tr("Cancel the build"));
    m_cancel->setEnabled(false);
    m_run->setAccessibleName(tr("Run the built image"));
    m_run->setToolTip(tr("Opens the run dialog with the new image and its exposed ports"));
    m_run->setEnabled(false);
    m_progress->setAccessibleName(tr("Build steps"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No build yet"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_blocked->setObjectName(QStringLiteral("buildBlocked"));
    m_blocked->setAccessibleName(tr("Why Build is disabled"));
    m_blocked->setWordWrap(true);
    m_blocked->hide();
    m_message->setAccessibleName(tr("Build message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(MaxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setAccessibleName(tr("Build log"));
    m_log->setPlaceholderText(tr("The engine's build output appears here."));

    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_context, 1);
    contextRow->addWidget(m_chooseContext);
    auto *options = new QHBoxLayout;
    options->addWidget(m_noCache);
    options->addWidget(m_pull);
    options->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Context:"), contextRow);
    form->addRow(tr("Dockerfile:"), m_dockerfile);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Target stage:"), m_target);
    form->addRow(tr("Build arguments:"), m_args);
    form->addRow(QString(), options);
    form->addRow(QString(), m_contextSize);
    m_args->setMaximumHeight(m_args->fontMetrics().height() * 7);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_build);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_elapsed);
    buttons->addWidget(m_run);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_cli);
    layout->addLayout(buttons);
    layout->addWidget(m_blocked);
    layout->addWidget(m_message);
    layout->addWidget(m_log, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (m_context->text().trimmed().isEmpty()) {
            m_contextSize->clear();
            return;
        }
        m_contextSize->setText(tr("Measuring the build context…"));
        m_preview->preview(m_context->text().trimmed(), spec().dockerfileInContext());
    });
    connect(m_preview, &ContextPacker::previewReady, this, [this](qint64 files, qint64 bytes, qint64 excluded) {
        const QString sent = tr("%n file(s), %1 will be sent to the engine", nullptr, int(files))
                                 .arg(DisplayFormat::size(bytes));
        m_contextSize->setText(excluded > 0 ? sent % QStringLiteral(" ")
                                                  % tr("(%n path(s) left out by .dockerignore)", nullptr,
                                                       int(excluded))
                                            : sent);
    });
    connect(m_preview, &ContextPacker::failed, this, [this](const QString &message) {
        m_contextSize->setText(message);
    });

    m_elapsedTimer->setInterval(500);
    connect(m_elapsedTimer, &QTimer::timeout, this, &BuildPanel::tickElapsed);

    for (QLineEdit *e : {m_context, m_dockerfile, m_tags, m_target})
        connect(e, &QLineEdit::textChanged, this, &BuildPanel::update);
    connect(m_context, &QLineEdit::textChanged, this, &BuildPanel::schedulePreview);
    connect(m_dockerfile, &QLineEdit::textChanged, this, &BuildPanel::schedulePreview);
    connect(m_args, &KeyValueTable::changed, this, &BuildPanel::update);
    connect(m_noCache, &QCheckBox::toggled, this, &BuildPanel::update);
    connect(m_pull, &QCheckBox::toggled, this, &BuildPanel::update);
    connect(m_chooseContext, &QToolButton::clicked, this, &BuildPanel::chooseContext);
    connect(m_build, &QPushButton::clicked, this, &BuildPanel::build);
    connect(m_cancel, &QPushButton::clicked, m_job, &BuildJob::cancel);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!m_builtImage.isEmpty())
            emit runRequested(m_builtImage);
    });

    connect(m_job, &BuildJob::stateChanged, this, &BuildPanel::jobStateChanged);
    connect(m_job, &BuildJob::packed, this, [this](qint64 files, qint64 bytes) {
        m_log->appendPlainText(tr("Sending %n file(s) (%1) to the engine…", nullptr, int(files))
                                   .arg(DisplayFormat::size(bytes)));
    });
    connect(m_job, &BuildJob::logLines, this, [this](const QStringList &lines) {
        m_log->appendPlainText(lines.join(u'\n'));
    });
    connect(m_job, &BuildJob::stepChanged, this, [this](int step, int total, int line, const QString &) {
        m_progress->setRange(0, total);
        m_progress->setValue(step);
        m_progress->setFormat(tr("Step %1/%2").arg(step).arg(total));
        if (line > 0)
            emit stepLine(line);
    });
    connect(m_job, &BuildJob::succeeded, this, [this](const QString &imageId) {
        const QStringList tags = tagList();
        m_builtImage = tags.isEmpty() ? imageId : tags.first();
        m_progress->setValue(m_progress->maximum());
        showMessage(tr("Built %1 in %2").arg(imageId.mid(imageId.indexOf(u':') + 1, 12),
                                             clock(m_job->elapsedMs())),
                    false);
    });
    connect(m_job, &BuildJob::failed, this, [this](const QString &message, int line) {
        showMessage(line > 0 ? tr("%1 (Dockerfile line %2)").arg(message).arg(line) : message, true);
        emit errorAtLine(line, message);
    });

    update();
}

void BuildPanel::setContextDir(const QString &dir)
{
    m_context->setText(QDir::cleanPath(dir));
}

void BuildPanel::setDockerfile(const QString &path, const QList<int> &instructionLines)
{
    setInstructionLines(instructionLines);
    const QFileInfo file(path);
    const QString context = m_context->text().trimmed();
    const QString relative = context.isEmpty() ? QString() : QDir(context).relativeFilePath(file.absoluteFilePath());
    if (relative.isEmpty() || relative.startsWith(QLatin1String(".."))) {
        setContextDir(file.absolutePath());
        m_dockerfile->setText(file.fileName());
    } else {
        m_dockerfile->setText(relative);
    }
}

void BuildPanel::setInstructionLines(const QList<int> &instructionLines)
{
    m_instructionLines = instructionLines;
    m_job->setInstructionLines(instructionLines);
}

QStringList BuildPanel::tagList() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return m_tags->text().split(separators, Qt::SkipEmptyParts);
}

BuildSpec BuildPanel::spec() const
{
    BuildSpec s;
    s.contextDir = m_context->text().trimmed();
    s.dockerfile = m_dockerfile->text().trimmed();
    s.tags = tagList();
    const auto rows = m_args->rows();
    for (const auto &row : rows)
        if (!row.first.isEmpty() || !row.second.isEmpty())
            s.buildArgs.append(row);
    s.target = m_target->text().trimmed();
    s.noCache = m_noCache->isChecked();
    s.pull = m_pull->isChecked();
    return s;
}

QList<BuildSpecError> BuildPanel::errors() const
{
    return spec().validate();
}

QString BuildPanel::commandText() const
{
    return m_cli->toPlainText();
}

QString BuildPanel::contextSizeText() const
{
    return m_contextSize->text();
}

QString BuildPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BuildPanel::update()
{
    const BuildSpec s = spec();
    const QList<BuildSpecError> errors = s.validate();
    using F = BuildSpecError::Field;
    QHash<QWidget *, QString> marks{{m_context, {}}, {m_dockerfile, {}}, {m_tags, {}}, {m_target, {}},
                                    {m_args, {}}};
    for (const BuildSpecError &e : errors) {
        QWidget *w = e.field == F::Context      ? static_cast<QWidget *>(m_context)
                     : e.field == F::Dockerfile ? static_cast<QWidget *>(m_dockerfile)
                     : e.field == F::Tags       ? static_cast<QWidget *>(m_tags)
                     : e.field == F::Target     ? static_cast<QWidget *>(m_target)
                                                : static_cast<QWidget *>(m_args);
        if (marks.value(w).isEmpty())
            marks[w] = e.message;
    }
    // An empty context is a missing input, not a mistake: it is not painted red.
    if (m_context->text().trimmed().isEmpty())
        marks[m_context].clear();
    for (auto it = marks.begin(); it != marks.end(); ++it)
        mark(it.key(), it.value());

    const Action a = s.toAction({});
    m_cli->setAction(a, m_models->client()->apiVersion());
    m_build->setEnabled(errors.isEmpty() && m_blockedReason.isEmpty() && !m_job->isRunning());
    m_build->setToolTip(m_blockedReason);
}

void BuildPanel::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
    update();
}

QString BuildPanel::dockerfilePath(const BuildSpec &spec)
{
    return QDir::cleanPath(QDir(spec.contextDir).absoluteFilePath(spec.dockerfileInContext()));
}

void BuildPanel::schedulePreview()
{
    m_preview->cancel();
    m_previewTimer->start();
}

void BuildPanel::chooseContext()
{
    auto *dialog = new QFileDialog(this, tr("Choose the build context folder"), m_context->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BuildPanel::setContextDir);
    dialog->open();
}

void BuildPanel::build()
{
    if (!m_blockedReason.isEmpty()) {
        showMessage(m_blockedReason, true);
        return;
    }
    const QList<BuildSpecError> errors = spec().validate();
    if (!errors.isEmpty()) {
        showMessage(errors.first().message, true);
        return;
    }
    if (m_job->isRunning()) {
        showMessage(tr("A build is already running"), true);
        return;
    }
    const Preparation prepared = m_prepare ? m_prepare(dockerfilePath(spec())) : Preparation{};
    if (!prepared.error.isEmpty()) {
        showMessage(prepared.error, true);
        return;
    }
    // Saving may have refreshed the inputs (the file's instruction lines).
    const BuildSpec s = spec();
    m_log->clear();
    if (!prepared.note.isEmpty())
        m_log->appendPlainText(prepared.note);
    m_builtImage.clear();
    m_message->hide();
    m_progress->setRange(0, 0); // busy until the first step
    m_progress->setFormat(tr("Packing the build context…"));
    if (!m_job->start(s))
        showMessage(tr("A build is already running"), true);
}

void BuildPanel::jobStateChanged(BuildJob::State state)
{
    const bool running = m_job->isRunning();
    m_cancel->setEnabled(running);
    m_run->setEnabled(state == BuildJob::State::Succeeded);
    for (QWidget *w : std::initializer_list<QWidget *>{m_context, m_chooseContext, m_dockerfile, m_tags,
                                                       m_target, m_args, m_noCache, m_pull})
        w->setEnabled(!running);
    if (running)
        m_elapsedTimer->start();
    else
        m_elapsedTimer->stop();
    switch (state) {
    case BuildJob::State::Building:
        m_progress->setFormat(tr("Waiting for the first step…"));
        break;
    case BuildJob::State::Cancelled:
        m_progress->setRange(0, qMax(1, m_job->totalSteps()));
        m_progress->setValue(m_job->currentStep());
        m_progress->setFormat(tr("Cancelled"));
        showMessage(tr("Build cancelled after %1").arg(clock(m_job->elapsedMs())), false);
        break;
    case BuildJob::State::Failed:
        m_progress->setRange(0, qMax(1, m_job->totalSteps()));
        m_progress->setValue(m_job->currentStep());
        m_progress->setFormat(m_job->currentStep() > 0
                                  ? tr("Failed at step %1/%2").arg(m_job->currentStep()).arg(m_job->totalSteps())
                                  : tr("Failed"));
        break;
    default:
        break;
    }
    tickElapsed();
    update();
}

void BuildPanel::tickElapsed()
{
    m_elapsed->setText(tr("Elapsed: %1").arg(clock(m_job->elapsedMs())));
}

void BuildPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty(ErrorProperty, error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QString());
    m_message->show();
}
