// Opens a 10 000-cue project and exports it to CSV, repeatedly, and prints the timings.
// DESIGN.md bars: open < 300 ms, CSV export < 200 ms. Run by run_project_bench.sh.
#include "cuesheet/interchange/csv_export.h"
#include "cuesheet/model/project.h"
#include "cuesheet/store/project_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace cuesheet;

namespace {

// 10 000 cues over two hours on 4 lanes, 2 000 works with two writers and a publisher each.
ChangeSet bigProjectChange(const ProjectData& empty) {
    ChangeSet change;
    change.label = "benchmark data";
    std::mt19937 random(1);
    const FrameRate rate(24000, 1001);
    for (WorkId w = 1; w <= 2000; ++w) {
        Work work{
            w,
            QString("Work %1").arg(w),
            "",
            {{"Writer A", PartyRole::Composer, "ASCAP", "00014107338", Share::fromHundredths(5000)},
             {"Writer B", PartyRole::Author, "BMI", "", Share::fromHundredths(5000)}},
            {{"Publisher", PartyRole::Publisher, "ASCAP", "", Share::whole()}}};
        change.works.push_back({w, std::nullopt, work});
    }
    for (CueId id = 1; id <= 10000; ++id) {
        Cue cue;
        cue.id = id;
        cue.workId = 1 + static_cast<WorkId>(random() % 2000);
        cue.lane = static_cast<int>(id % 4);
        const std::int64_t start = static_cast<std::int64_t>(random() % (2 * 3600 * 24));
        cue.in = Time::fromFrames(start, rate);
        cue.out = Time::fromFrames(start + 24 + static_cast<std::int64_t>(random() % 2400), rate);
        cue.tags.kind = id % 3 ? MusicKind::Score : MusicKind::Song;
        cue.tags.diegesis = id % 2 ? Diegesis::NonDiegetic : Diegesis::Diegetic;
        cue.notes = "benchmark cue";
        change.cues.push_back({id, std::nullopt, cue});
    }
    (void)empty;
    return change;
}

// CPU time of this process in ms: the machine may be shared, and wall time then measures the
// neighbours too. Both are reported.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath("big.cuesheet");
    QString error;
    {
        ProjectHeader header;
        header.timecode = {FrameRate(24000, 1001), false};
        auto file = ProjectFile::create(path, header, &error);
        if (!file) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        Project project(file->loadedData(), *file);
        QElapsedTimer timer;
        timer.start();
        if (!project.requestApply(bigProjectChange(project.data()))) {
            std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
            return 1;
        }
        std::printf("write 10000 cues in one step: %.1f ms\n", timer.nsecsElapsed() / 1e6);
    }
    std::vector<double> open;
    std::vector<double> exportCsvMs;
    std::vector<double> openCpu;
    std::vector<double> exportCpu;
    qsizetype bytes = 0;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        auto file = ProjectFile::open(path, &error);
        if (!file || file->loadedData().cues.size() != 10000) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
            return 1;
        }
        Project project(file->loadedData(), *file);
        open.push_back(timer.nsecsElapsed() / 1e6);
        openCpu.push_back(cpuMs() - cpu);
        timer.restart();
        cpu = cpuMs();
        bytes = exportCsv(project.data(), CsvExportOptions{}).size();
        exportCsvMs.push_back(timer.nsecsElapsed() / 1e6);
        exportCpu.push_back(cpuMs() - cpu);
    }
    std::printf("open 10000-cue project (open, load, build Project): wall median %.1f ms (max "
                "%.1f), CPU median %.1f ms\n",
                median(open), *std::max_element(open.begin(), open.end()), median(openCpu));
    std::printf("export it to CSV (generic, %lld bytes): wall median %.1f ms (max %.1f), CPU "
                "median %.1f ms\n",
                static_cast<long long>(bytes), median(exportCsvMs),
                *std::max_element(exportCsvMs.begin(), exportCsvMs.end()), median(exportCpu));
    return 0;
}
