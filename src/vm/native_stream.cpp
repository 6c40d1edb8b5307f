// The standard streams' minimal text-file type (native_stream.h): write/flush with
// CPython's buffering policy, readline/read/iteration for stdin, and the attributes
// programs inspect (name, mode, encoding, errors...).
#include "vm/native_stream.h"

#include "objects/abstract.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str_codecs.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace taipan {

namespace {

    bool g_unbuffered = false;

    // CPython's block size for the standard streams' buffers.
    constexpr size_t buffer_size = 8192;

    NativeStream& as_stream(Value value)
    {
        return *static_cast<NativeStream*>(value.as_object());
    }

    Raised raise_os_error(Vm& vm, int number)
    {
        Value arguments[] = {new_int(number).leak(), Value {}};
        Ref<> held = Ref<>::adopt(arguments[0]);
        auto text = new_str(vm, std::strerror(number));
        if (text.is_error())
            return Raised {ExceptionPending {}};
        arguments[1] = text.value().value();
        auto exception = new_exception(vm, exception_type(ExceptionKind::OSError), arguments);
        if (exception.is_error())
            return Raised {ExceptionPending {}};
        return vm.raise_object(exception.value());
    }

    // Writes all of `bytes` to `fd`, retrying interrupted and partial writes.
    Result<void> write_all(Vm& vm, int fd, std::string_view bytes)
    {
        while (!bytes.empty()) {
            ssize_t written = ::write(fd, bytes.data(), bytes.size());
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                return raise_os_error(vm, errno);
            }
            bytes.remove_prefix(size_t(written));
        }
        return {};
    }

    // CPython's stdio error handler: surrogateescape under the C/POSIX locale (and its
    // C.UTF-8 coercion target), strict otherwise.
    std::string standard_errors()
    {
        char const* locale = nullptr;
        for (char const* variable : {"LC_ALL", "LC_CTYPE", "LANG"}) {
            char const* value = std::getenv(variable);
            if (value && *value) {
                locale = value;
                break;
            }
        }
        std::string name = locale ? locale : "C";
        if (name == "C" || name == "POSIX" || name == "C.UTF-8" || name == "C.utf8")
            return "surrogateescape";
        return "strict";
    }

    Result<void> check_open(Vm& vm, NativeStream& stream)
    {
        if (stream.closed)
            return vm.raise(ExceptionKind::ValueError, "I/O operation on closed file.");
        return {};
    }

    // Reads one chunk into stream.input; false at the end of input.
    Result<bool> fill_input(Vm& vm, NativeStream& stream)
    {
        if (stream.end_of_input)
            return false;
        char chunk[buffer_size];
        while (true) {
            ssize_t count = ::read(stream.fd, chunk, sizeof chunk);
            if (count < 0) {
                if (errno == EINTR)
                    continue;
                return raise_os_error(vm, errno);
            }
            if (count == 0) {
                stream.end_of_input = true;
                return false;
            }
            stream.input.append(chunk, size_t(count));
            return true;
        }
    }

    Result<Ref<Str>> decode(Vm& vm, NativeStream& stream, std::string_view bytes)
    {
        return decode_with_codec(vm, Codec::Utf8, bytes, stream.errors, Value {});
    }

    // The number of bytes of `bytes` that hold its first `limit` code points (UTF-8).
    size_t prefix_bytes(std::string_view bytes, int64_t limit)
    {
        int64_t seen = 0;
        size_t cut = 0;
        while (cut < bytes.size()) {
            bool lead = (uint8_t(bytes[cut]) & 0xC0) != 0x80;
            if (lead && seen == limit)
                break;
            seen += lead;
            ++cut;
        }
        return cut;
    }

    // One line, its "\n" included, with at most `limit` code points when limit >= 0;
    // empty at the end of input. CPython's standard streams split lines at "\n" only
    // (newline="\n": no "\r\n" translation outside Windows).
    Result<Ref<Str>> read_line(Vm& vm, NativeStream& stream, int64_t limit)
    {
        size_t scanned = 0;
        while (true) {
            size_t end = stream.input.find('\n', scanned);
            size_t available = end == std::string::npos ? stream.input.size() : end + 1;
            if (limit >= 0) {
                size_t cut = prefix_bytes(std::string_view(stream.input).substr(0, available), limit);
                if (cut < available) {
                    std::string piece = stream.input.substr(0, cut);
                    stream.input.erase(0, cut);
                    return decode(vm, stream, piece);
                }
            }
            if (end != std::string::npos) {
                std::string line = stream.input.substr(0, available);
                stream.input.erase(0, available);
                return decode(vm, stream, line);
            }
            scanned = stream.input.size();
            bool more = TRY(fill_input(vm, stream));
            if (!more) {
                std::string rest = std::move(stream.input);
                stream.input.clear();
                return decode(vm, stream, rest);
            }
        }
    }

    Result<Ref<>> stream_write(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        if (!is_str(args[1]))
            return vm.raise(ExceptionKind::TypeError,
                "write() argument must be str, not "
                    + (is_none(args[1]) ? std::string("None") : type_name(args[1])));
        TRY(native_stream_write(vm, stream, as_str(args[1])));
        return new_int(as_str(args[1]).length);
    }

    Result<Ref<>> stream_flush(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        TRY(check_open(vm, stream));
        TRY(native_stream_flush(vm, stream));
        return new_none();
    }

    Result<Ref<>> stream_fileno(Vm&, Args args)
    {
        return new_int(as_stream(args[0]).fd);
    }

    Result<Ref<>> stream_isatty(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        TRY(check_open(vm, stream));
        return new_bool(::isatty(stream.fd) == 1);
    }

    Result<Ref<>> stream_readable(Vm& vm, Args args)
    {
        TRY(check_open(vm, as_stream(args[0])));
        return new_bool(as_stream(args[0]).readable);
    }

    Result<Ref<>> stream_writable(Vm& vm, Args args)
    {
        TRY(check_open(vm, as_stream(args[0])));
        return new_bool(as_stream(args[0]).writable);
    }

    Result<Ref<>> stream_seekable(Vm& vm, Args args)
    {
        TRY(check_open(vm, as_stream(args[0])));
        return new_bool(::lseek(as_stream(args[0]).fd, 0, SEEK_CUR) != -1);
    }

    Result<Ref<>> stream_close(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        if (stream.closed)
            return new_none();
        // The standard streams never close their file descriptor (closefd=False).
        auto flushed = native_stream_flush(vm, stream);
        stream.closed = true;
        if (flushed.is_error())
            return Failure {flushed.release_error()};
        return new_none();
    }

    Result<void> check_readable(Vm& vm, NativeStream& stream)
    {
        TRY(check_open(vm, stream));
        if (!stream.readable)
            return vm.raise(ExceptionKind::OSError, "not readable");
        return {};
    }

    Result<int64_t> size_argument(Vm& vm, Value size)
    {
        if (!size || is_none(size))
            return -1;
        return index_as_int64(vm, size);
    }

    Result<Ref<>> stream_readline(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        TRY(check_readable(vm, stream));
        int64_t limit = TRY(size_argument(vm, args[1]));
        return Ref<>(TRY(read_line(vm, stream, limit)));
    }

    Result<Ref<>> stream_read(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        TRY(check_readable(vm, stream));
        int64_t limit = TRY(size_argument(vm, args[1]));
        if (limit < 0) {
            while (TRY(fill_input(vm, stream))) { }
            std::string all = std::move(stream.input);
            stream.input.clear();
            return Ref<>(TRY(decode(vm, stream, all)));
        }
        StrBuilder builder;
        while (builder.length() < limit) {
            Ref<Str> line = TRY(read_line(vm, stream, limit - builder.length()));
            if (line->length == 0)
                break;
            builder.append(*line);
        }
        return Ref<>(TRY(builder.build(vm)));
    }

    Result<Ref<>> stream_readlines(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        TRY(check_readable(vm, stream));
        int64_t hint = TRY(size_argument(vm, args[1]));
        Ref<List> lines = TRY(new_list(vm));
        int64_t total = 0;
        while (true) {
            Ref<Str> line = TRY(read_line(vm, stream, -1));
            if (line->length == 0)
                break;
            total += line->length;
            TRY(list_append(vm, *lines, Value(line.get())));
            if (hint > 0 && total >= hint)
                break;
        }
        return Ref<>(std::move(lines));
    }

    Result<Ref<>> stream_iter(Vm& vm, Args args)
    {
        TRY(check_open(vm, as_stream(args[0])));
        return ref(args[0]);
    }

    Result<Ref<>> stream_next(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        TRY(check_readable(vm, stream));
        Ref<Str> line = TRY(read_line(vm, stream, -1));
        if (line->length == 0)
            return Ref<>();
        return Ref<>(std::move(line));
    }

    Result<Ref<>> stream_enter(Vm& vm, Args args)
    {
        TRY(check_open(vm, as_stream(args[0])));
        return ref(args[0]);
    }

    Result<Ref<>> stream_exit(Vm& vm, Args args)
    {
        Value self = args[0];
        return stream_close(vm, Args(&self, 1));
    }

    Result<Ref<>> stream_repr(Vm& vm, Args args)
    {
        NativeStream& stream = as_stream(args[0]);
        Ref<Str> name = TRY(new_str(vm, stream.name));
        std::string text = "<_io.TextIOWrapper name=" + str_to_utf8(*TRY(str_repr(vm, *name))) + " mode='"
            + (stream.readable ? "r" : "w") + "' encoding='utf-8'>";
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> stream_get_name(Vm& vm, Value self)
    {
        return Ref<>(TRY(new_str(vm, as_stream(self).name)));
    }
    Result<Ref<>> stream_get_mode(Vm& vm, Value self)
    {
        return Ref<>(TRY(new_str(vm, as_stream(self).readable ? "r" : "w")));
    }
    Result<Ref<>> stream_get_encoding(Vm& vm, Value)
    {
        return Ref<>(TRY(new_str(vm, "utf-8")));
    }
    Result<Ref<>> stream_get_errors(Vm& vm, Value self)
    {
        return Ref<>(TRY(new_str(vm, as_stream(self).errors)));
    }
    Result<Ref<>> stream_get_closed(Vm&, Value self)
    {
        return new_bool(as_stream(self).closed);
    }
    Result<Ref<>> stream_get_line_buffering(Vm&, Value self)
    {
        return new_bool(as_stream(self).line_buffering);
    }
    Result<Ref<>> stream_get_write_through(Vm&, Value self)
    {
        return new_bool(as_stream(self).write_through);
    }
    Result<Ref<>> stream_get_newlines(Vm&, Value)
    {
        return new_none();
    }

    constexpr NativeMethod stream_methods[] = {
        {"write($self, text, /)", stream_write},
        {"flush($self, /)", stream_flush},
        {"fileno($self, /)", stream_fileno},
        {"isatty($self, /)", stream_isatty},
        {"readable($self, /)", stream_readable},
        {"writable($self, /)", stream_writable},
        {"seekable($self, /)", stream_seekable},
        {"close($self, /)", stream_close},
        {"readline($self, size=-1, /)", stream_readline},
        {"read($self, size=-1, /)", stream_read},
        {"readlines($self, hint=-1, /)", stream_readlines},
        {"__iter__($self, /)", stream_iter},
        {"__next__($self, /)", stream_next},
        {"__enter__($self, /)", stream_enter},
        {"__exit__($self, *args)", stream_exit},
        {"__repr__($self, /)", stream_repr},
    };

    constexpr NativeProperty stream_properties[] = {
        {"name", stream_get_name},
        {"mode", stream_get_mode},
        {"encoding", stream_get_encoding},
        {"errors", stream_get_errors},
        {"closed", stream_get_closed},
        {"line_buffering", stream_get_line_buffering},
        {"write_through", stream_get_write_through},
        {"newlines", stream_get_newlines},
    };

    void stream_destruct(Object* object)
    {
        auto& stream = *static_cast<NativeStream*>(object);
        // Output still buffered when the stream goes away is written; errors have no one
        // to report to.
        if (!stream.pending.empty() && !stream.closed) {
            std::string_view bytes = stream.pending;
            while (!bytes.empty()) {
                ssize_t written = ::write(stream.fd, bytes.data(), bytes.size());
                if (written < 0 && errno == EINTR)
                    continue;
                if (written <= 0)
                    break;
                bytes.remove_prefix(size_t(written));
            }
        }
        stream.~NativeStream();
    }

} // namespace

Type native_stream_type;
extern TypeSpec const native_stream_type_spec;
TypeSpec const native_stream_type_spec = {
    .name = "_io.TextIOWrapper",
    .instance_size = sizeof(NativeStream),
    .flags = TypeDisallowInstantiation,
    .methods = stream_methods,
    .properties = stream_properties,
    .destruct = stream_destruct,
};

void set_unbuffered_standard_streams(bool unbuffered)
{
    g_unbuffered = unbuffered;
}

Result<Ref<>> new_standard_stream(Vm& vm, int fd)
{
    Ref<NativeStream> stream = TRY(make_object<NativeStream>(vm, native_stream_type, 0));
    stream->fd = fd;
    stream->readable = fd == 0;
    stream->writable = fd != 0;
    stream->name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
    stream->errors = fd == 2 ? "backslashreplace" : standard_errors();
    char const* unbuffered = std::getenv("PYTHONUNBUFFERED");
    bool write_through = g_unbuffered || (unbuffered && *unbuffered);
    if (fd != 0) {
        stream->write_through = write_through;
        // CPython: stdout is line-buffered on a terminal; stderr always is, unless
        // everything writes through.
        stream->line_buffering = !write_through && (fd == 2 || ::isatty(fd) == 1);
    }
    return Ref<>(std::move(stream));
}

Result<void> native_stream_write(Vm& vm, NativeStream& stream, Str& text)
{
    TRY(check_open(vm, stream));
    if (!stream.writable)
        return vm.raise(ExceptionKind::OSError, "not writable");
    if (text.is_ascii && text.kind == 1) {
        stream.pending.append(reinterpret_cast<char const*>(text.data()), size_t(text.length));
    } else {
        std::string encoded = TRY(encode_with_codec(vm, Codec::Utf8, text, stream.errors));
        stream.pending += encoded;
    }
    bool flush = stream.write_through || stream.pending.size() >= buffer_size;
    if (!flush && stream.line_buffering) {
        // A newline or carriage return anywhere in the text flushes (CPython checks
        // the text written, not the buffer).
        for (int64_t index = 0; index < text.length && !flush; ++index) {
            char32_t code_point = text.at(index);
            flush = code_point == '\n' || code_point == '\r';
        }
    }
    if (flush)
        TRY(native_stream_flush(vm, stream));
    return {};
}

Result<void> native_stream_flush(Vm& vm, NativeStream& stream)
{
    if (stream.pending.empty())
        return {};
    std::string bytes = std::move(stream.pending);
    stream.pending.clear();
    return write_all(vm, stream.fd, bytes);
}

void flush_standard_streams(Vm& vm)
{
    Ref<> saved = vm.take_pending_exception();
    for (char const* name : {"stdout", "stderr"}) {
        auto stream = get_attribute_or_null(vm, Value(&vm.sys_module()), name);
        if (stream.is_error()) {
            (void)vm.take_pending_exception();
            continue;
        }
        if (!stream.value() || is_none(stream.value()))
            continue;
        if (is_native_stream(stream.value())) {
            NativeStream& native = as_stream(stream.value());
            if (!native.closed && native_stream_flush(vm, native).is_error())
                (void)vm.take_pending_exception();
            continue;
        }
        if (call_method(vm, stream.value(), "flush").is_error())
            (void)vm.take_pending_exception();
    }
    vm.thread().pending_exception = std::move(saved);
}

} // namespace taipan
