#include "cuesheet/workflow/film_relink.h"

#include <QFileInfo>

namespace cuesheet {

FilmMatch matchFilm(const ProjectHeader& header, const media::MediaIdentity& identity) {
    if (header.mediaIdentity.isEmpty())
        return FilmMatch::NothingStored;
    const auto expected = media::MediaIdentity::fromStorageString(header.mediaIdentity);
    if (!expected)
        return FilmMatch::NothingStored;
    return expected->sameContentAs(identity) ? FilmMatch::SameContent : FilmMatch::DifferentContent;
}

QString differentFilmMessage(const QString& filmPath, const ProjectHeader& header) {
    return QString("%1: not the same film as the project's (%2): the size or content differs, "
                   "so cue times may not match the picture")
        .arg(filmPath, header.mediaPath);
}

bool relinkFilm(Project& project, const QString& filmPath, const media::MediaIdentity& identity) {
    const QString absolute = QFileInfo(filmPath).absoluteFilePath();
    const QString stored = identity.toStorageString();
    return project.requestUpdateHeader("Relink the film", [&](ProjectHeader& h) {
        h.mediaPath = absolute;
        h.mediaIdentity = stored;
    });
}

} // namespace cuesheet
