# The fuzz targets, one list for the libFuzzer build (tests/fuzz/CMakeLists.txt) and the corpus
# replay tests of every other build (tests/CMakeLists.txt). Each has a seed corpus in corpus/<name>/.
set(FS_FUZZ_TARGETS fuzz_http_response fuzz_request_head fuzz_wire fuzz_cron fuzz_handler fuzz_ignore fuzz_dotenv fuzz_jsontext fuzz_toolkit)
