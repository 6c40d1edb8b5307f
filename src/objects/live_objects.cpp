// See live_objects.h. The live set is a hash set of addresses guarded by a mutex (Vms
// on several threads allocate at once); it is only compiled into the debug build, so
// its cost never reaches a release binary.
#include "objects/live_objects.h"

#include "objects/object.h"
#include "objects/type.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

namespace taipan {

#ifdef TAIPAN_REFCOUNT_DEBUG

namespace {

    bool is_immortal(Object const* object)
    {
        return object->refcount >= Object::immortal_refcount / 2;
    }

    // Addresses are stored complemented: the set must not count as a reference to the
    // objects, or LeakSanitizer (in an ASan build that also counts objects) would see
    // every leaked object as reachable from it.
    uintptr_t key_of(Object const* object)
    {
        return ~reinterpret_cast<uintptr_t>(object);
    }
    Object* object_of(uintptr_t key)
    {
        return reinterpret_cast<Object*>(~key);
    }

    struct LiveObjects {
        std::mutex mutex;
        std::unordered_set<uintptr_t> addresses;
    };

    // Never destroyed: objects held by static Refs are freed during static destruction,
    // after a function-local static set could already be gone.
    LiveObjects& live_objects()
    {
        static auto* instance = new LiveObjects;
        return *instance;
    }

    bool is_live(Object const* object)
    {
        LiveObjects& live = live_objects();
        std::lock_guard lock(live.mutex);
        return live.addresses.contains(key_of(object));
    }

    [[noreturn]] void fail(char const* what, Object* object, bool type_readable)
    {
        if (type_readable && object->type)
            std::fprintf(stderr, "taipan: %s: a '%s' object at %p (count %lld)\n", what,
                object->type->name.c_str(), static_cast<void*>(object),
                static_cast<long long>(object->refcount));
        else
            std::fprintf(stderr, "taipan: %s: an object at %p that is not alive (freed already)\n", what,
                static_cast<void*>(object));
        std::fflush(stderr);
        std::abort();
    }

} // namespace

void note_object_allocated(Object* object)
{
    LiveObjects& live = live_objects();
    std::lock_guard lock(live.mutex);
    live.addresses.insert(key_of(object));
}

void note_object_freed(Object* object)
{
    bool erased;
    {
        LiveObjects& live = live_objects();
        std::lock_guard lock(live.mutex);
        erased = live.addresses.erase(key_of(object)) == 1;
    }
    // The type is only read when the object is known to be alive: the memory of a
    // freed one may already hold the allocator's own data.
    if (!erased)
        fail("double free", object, false);
}

void report_refcount_underflow(Object* object)
{
    fail("decref of an object whose count is already zero (one decref too many)", object, is_live(object));
}

int64_t live_object_count()
{
    LiveObjects& live = live_objects();
    std::lock_guard lock(live.mutex);
    return int64_t(std::count_if(live.addresses.begin(), live.addresses.end(),
        [](uintptr_t key) { return !is_immortal(object_of(key)); }));
}

static bool leak_check_requested()
{
    char const* setting = std::getenv("TAIPAN_CHECK_LEAKS");
    return setting && *setting && std::string(setting) != "0";
}

int check_live_objects_at_exit()
{
    if (!leak_check_requested())
        return 0;
    std::map<std::string, int64_t> per_type;
    // The names of leaked classes: a class usually holds most of the other leaked
    // objects (its dict, functions, descriptors), so it is the best clue to the cause.
    std::map<std::string, int64_t> classes;
    int64_t total = 0;
    {
        LiveObjects& live = live_objects();
        std::lock_guard lock(live.mutex);
        for (uintptr_t key : live.addresses) {
            Object* object = object_of(key);
            if (is_immortal(object))
                continue;
            ++per_type[object->type->name];
            if (object->type->has_flag(TypeTypeSubclass) || object->type == &type_type)
                ++classes[static_cast<Type*>(object)->name];
            ++total;
        }
    }
    if (total == 0)
        return 0;
    std::vector<std::pair<std::string, int64_t>> rows(per_type.begin(), per_type.end());
    std::stable_sort(
        rows.begin(), rows.end(), [](auto const& a, auto const& b) { return a.second > b.second; });
    std::fprintf(stderr, "taipan: %lld objects still alive at exit (TAIPAN_CHECK_LEAKS):\n",
        static_cast<long long>(total));
    for (auto const& [name, count] : rows)
        std::fprintf(stderr, "%8lld %s\n", static_cast<long long>(count), name.c_str());
    if (!classes.empty()) {
        std::string names;
        for (auto const& [name, count] : classes)
            names += " " + name + (count > 1 ? " (x" + std::to_string(count) + ")" : "");
        std::fprintf(stderr, "    classes:%s\n", names.c_str());
    }
    std::fflush(stderr);
    return leaked_objects_exit_status;
}

#else

int64_t live_object_count()
{
    return -1;
}

int check_live_objects_at_exit()
{
    char const* setting = std::getenv("TAIPAN_CHECK_LEAKS");
    if (setting && *setting && std::string(setting) != "0") {
        // Asking for a check this build cannot make must not look like a clean result.
        std::fputs(
            "taipan: TAIPAN_CHECK_LEAKS needs a build configured with -DTAIPAN_REFCOUNT_DEBUG=ON\n", stderr);
        return leaked_objects_exit_status;
    }
    return 0;
}

#endif

} // namespace taipan
