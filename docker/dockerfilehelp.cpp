#include "dockerfilehelp.h"

#include "tr.h"

using namespace Qt::StringLiterals;

namespace DockerfileHelp {

QString explanation(const QString &keyword)
{
    const QString k = keyword.toUpper();
    if (k == u"FROM")
        return Tr::tr("Picks the base image (the starting operating system). Every stage starts with FROM; "
                      "AS names the stage so that a later COPY --from can use it.");
    if (k == u"RUN")
        return Tr::tr("Runs a command while the image is built (e.g. to install packages). "
                      "Its result becomes a new layer of the image.");
    if (k == u"CMD")
        return Tr::tr("Sets the command launched when the container starts. Only the last CMD counts; "
                      "docker run can replace it.");
    if (k == u"ENTRYPOINT")
        return Tr::tr("Sets the program launched when the container starts; CMD then gives its default "
                      "arguments. Prefer the JSON form so that the program receives signals.");
    if (k == u"COPY")
        return Tr::tr("Copies local files or folders from the build context into the image.");
    if (k == u"ADD")
        return Tr::tr("Like COPY, but also downloads URLs and unpacks local tar archives. "
                      "Use COPY for plain files.");
    if (k == u"WORKDIR")
        return Tr::tr("Sets the default working folder for the instructions that follow, and for the container.");
    if (k == u"EXPOSE")
        return Tr::tr("Documents the port the application listens on (information for the user). "
                      "It publishes nothing: docker run -p does.");
    if (k == u"ENV")
        return Tr::tr("Sets an environment variable, in the following instructions and in the container.");
    if (k == u"ARG")
        return Tr::tr("Declares a build argument, given with docker build --build-arg. "
                      "It does not stay in the container.");
    if (k == u"LABEL")
        return Tr::tr("Adds metadata to the image as key=value pairs.");
    if (k == u"VOLUME")
        return Tr::tr("Declares a folder whose data lives outside the container: "
                      "each container gets a volume mounted there.");
    if (k == u"USER")
        return Tr::tr("Sets the user (and group) that runs the following instructions and the container.");
    if (k == u"SHELL")
        return Tr::tr("Replaces the shell used by the shell form of RUN, CMD and ENTRYPOINT.");
    if (k == u"HEALTHCHECK")
        return Tr::tr("Tells the engine how to check that the container still works.");
    if (k == u"STOPSIGNAL")
        return Tr::tr("Sets the signal docker stop sends to stop the container.");
    if (k == u"ONBUILD")
        return Tr::tr("Registers an instruction that runs later, when another image is built FROM this one.");
    if (k == u"MAINTAINER")
        return Tr::tr("Names the author. Deprecated: use LABEL maintainer=… instead.");
    return {};
}

QString example(const QString &keyword)
{
    const QString k = keyword.toUpper();
    if (k == u"FROM") return u"FROM debian:12-slim AS build"_s;
    if (k == u"RUN") return u"RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"_s;
    if (k == u"CMD") return u"CMD [\"nginx\", \"-g\", \"daemon off;\"]"_s;
    if (k == u"ENTRYPOINT") return u"ENTRYPOINT [\"/usr/local/bin/app\"]"_s;
    if (k == u"COPY") return u"COPY --chown=app:app src/ /app/src/"_s;
    if (k == u"ADD") return u"ADD https://example.com/tool.tar.gz /opt/"_s;
    if (k == u"WORKDIR") return u"WORKDIR /app"_s;
    if (k == u"EXPOSE") return u"EXPOSE 5000/tcp"_s;
    if (k == u"ENV") return u"ENV APP_ENV=production"_s;
    if (k == u"ARG") return u"ARG VERSION=1.0"_s;
    if (k == u"LABEL") return u"LABEL org.opencontainers.image.title=\"web\""_s;
    if (k == u"VOLUME") return u"VOLUME /data"_s;
    if (k == u"USER") return u"USER app:app"_s;
    if (k == u"SHELL") return u"SHELL [\"/bin/bash\", \"-c\"]"_s;
    if (k == u"HEALTHCHECK") return u"HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost:5000/ || exit 1"_s;
    if (k == u"STOPSIGNAL") return u"STOPSIGNAL SIGTERM"_s;
    if (k == u"ONBUILD") return u"ONBUILD COPY . /app"_s;
    if (k == u"MAINTAINER") return u"LABEL maintainer=\"ada@example.com\""_s;
    return {};
}

QString toolTip(const QString &keyword)
{
    const QString text = explanation(keyword);
    if (text.isEmpty())
        return {};
    return u"<p><b>"_s + keyword.toUpper().toHtmlEscaped() + u"</b> — "_s + text.toHtmlEscaped()
           + u"</p><p>"_s + Tr::tr("Example:") + u"<br><code>"_s + example(keyword).toHtmlEscaped()
           + u"</code></p>"_s;
}

} // namespace DockerfileHelp
