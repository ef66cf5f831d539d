// The child of the crash-safety test: applies the deterministic edits [first, kEditCount) to
// a project file and prints "ack N" (flushed) after edit N returned success, then "done".
// The parent kills it with SIGKILL at random moments.
//
//   crash_child FILE FIRST

#include "crash_edits.h"

#include "cuesheet/store/project_file.h"

#include <cstdio>
#include <cstdlib>

using namespace cuesheet;

int main(int argc, char* argv[]) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_child FILE FIRST\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int first = std::atoi(argv[2]);
    QString error;
    auto file = ProjectFile::open(path, &error);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    Project project(file->loadedData(), *file);
    for (int index = first; index < crashtest::kEditCount; ++index) {
        if (!crashtest::applyEdit(project, index, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
        std::printf("ack %d\n", index);
        std::fflush(stdout);
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
