// sys.stdin, sys.stdout and sys.stderr until the io module exists: a minimal text
// stream over a file descriptor (UTF-8, CPython's error handler for the locale),
// shown as CPython's _io.TextIOWrapper. stdout is block-buffered (line-buffered on a
// terminal), stderr flushes at every newline, PYTHONUNBUFFERED/-u writes through.
#pragma once

#include "objects/object.h"
#include "objects/str.h"
#include "objects/type.h"
#include "support/result.h"

#include <string>

namespace taipan {

class Vm;

struct NativeStream : Object {
    int fd = -1;
    bool readable = false;
    bool writable = false;
    bool closed = false;
    bool line_buffering = false; // flush after a write containing a newline
    bool write_through = false; // flush after every write
    std::string name; // "<stdout>"
    std::string errors; // "strict" or "surrogateescape"
    std::string pending; // encoded output not written yet
    std::string input; // bytes read but not consumed yet
    bool end_of_input = false;
};

extern Type native_stream_type;

inline bool is_native_stream(Value value) { return value.is_object() && value.type() == &native_stream_type; }

// The three standard streams of a process (fd 0, 1, 2), configured from the
// environment (PYTHONUNBUFFERED, the locale) as CPython configures them.
Result<Ref<>> new_standard_stream(Vm&, int fd);

// stream.write(text) for a native stream: encodes, buffers, flushes per the policy.
Result<void> native_stream_write(Vm&, NativeStream&, Str&);
Result<void> native_stream_flush(Vm&, NativeStream&);

// Flushes sys.stdout and sys.stderr (whatever objects they are now: their flush()
// method is called), as CPython does at exit; errors are ignored.
void flush_standard_streams(Vm&);

// -u: make the standard streams write through (call before creating the sys module).
void set_unbuffered_standard_streams(bool);

} // namespace taipan
