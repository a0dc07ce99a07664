// A plain driver for the fuzz targets (no libFuzzer): feeds every file of the given folders (or
// the given files) to LLVMFuzzerTestOneInput once. ctest runs it over each seed corpus, so an
// input that once crashed a parser stays checked in every ./test.sh, with the dev and ASan builds.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
bool replay(const std::filesystem::path &file)
{
    std::fprintf(stderr, "replay: %s\n", file.c_str()); // names the input if the next line is a crash
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // A copy of exactly the input's size, so a read past its end is caught by ASan.
    std::vector<uint8_t> exact(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(exact.empty() ? nullptr : exact.data(), exact.size());
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    int inputs = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_directory(arg, ec)) {
            std::vector<std::filesystem::path> files;
            for (const auto &entry : std::filesystem::directory_iterator(arg, ec))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            if (ec) {
                std::fprintf(stderr, "replay: cannot list %s: %s\n", arg.c_str(), ec.message().c_str());
                ok = false;
            }
            std::sort(files.begin(), files.end()); // the same order every run
            for (const auto &f : files) {
                ok = replay(f) && ok;
                ++inputs;
            }
        } else {
            ok = replay(arg) && ok;
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "replay: no inputs (give corpus folders or files)\n");
        return 1;
    }
    std::printf("replay: %d inputs, no crash\n", inputs);
    return ok ? 0 : 1;
}
