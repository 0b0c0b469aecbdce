#pragma once
// What the fuzz programs share: the Qt application every part of the core expects, made once
// per process in LLVMFuzzerInitialize (the translation is irrelevant: messages stay English).
#include <QByteArray>
#include <cstddef>
#include <cstdint>

// Creates the QCoreApplication (once); argc and argv are libFuzzer's.
void startFuzzApplication(int* argc, char*** argv);

// The fuzzer's input as a QByteArray of its own (a copy: ASan sees reads past the input's end).
inline QByteArray fuzzBytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}
