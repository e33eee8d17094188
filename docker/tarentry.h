#pragma once

#include <QString>

// One member of a tar archive, as its headers (ustar, GNU long names, pax)
// describe it once they are all applied.
struct TarEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, Other };

    QString name;       // '/'-separated, as stored, without a trailing '/'
    Type type = Type::File;
    qint64 size = 0;    // bytes of content that follow the header
    quint32 mode = 0;   // permission bits (07777)
    qint64 mtime = 0;   // unix seconds
    QString linkTarget; // symlinks and hard links

    bool isDirectory() const { return type == Type::Directory; }
    bool isFile() const { return type == Type::File; }
    bool isSymlink() const { return type == Type::Symlink; }
    // The last component of name.
    QString fileName() const;
    friend bool operator==(const TarEntry &, const TarEntry &) = default;
};
