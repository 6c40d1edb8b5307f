// C++-level invariants of the cycle collector (generation lists, counts, clearing
// cycles whose clear frees other garbage, immortal objects, resurrection), struct
// sequences with hidden fields, and the SyntaxError conversion of the import system.
#include "compiler/codegen.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/live_objects.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/runtime_setup.h"
#include "vm/vm.h"

#include <gtest/gtest.h>

using namespace taipan;

namespace {

GcHeader* header(Value value)
{
    return GcHeader::of(value.as_object());
}

bool in_list(GcList& list, Object* object)
{
    for (GcHeader* node = list.head.next; node != &list.head; node = node->next)
        if (node->object() == object)
            return true;
    return false;
}

// Runs module code in a fresh namespace; returns the namespace.
Ref<Dict> run_python(Vm& vm, char const* source)
{
    CompileOptions options;
    options.filename = "<test>";
    auto unit = compile_source(source, options);
    EXPECT_FALSE(unit.is_error());
    Ref<CodeObject> code = MUST(load_code(vm, unit.value()));
    Ref<Dict> globals = MUST(new_dict(vm));
    MUST(dict_set_str(vm, *globals, "__builtins__", Value(&vm.builtins_module())));
    MUST(dict_set_str(vm, *globals, "__name__", Value(vm.intern("__test__").get())));
    auto result = run_code(vm, *code, *globals, Value(globals.get()));
    EXPECT_FALSE(result.is_error());
    return globals;
}

class GcTest : public ::testing::Test {
protected:
    void SetUp() override { gc_collect(vm, 2); }
    Vm vm;
};

} // namespace

TEST_F(GcTest, NewContainersAreTrackedInGenerationZero)
{
    int64_t before = vm.gc().counts[0];
    Ref<List> list = MUST(new_list(vm));
    EXPECT_TRUE(gc_is_tracked(Value(list.get())));
    EXPECT_EQ(header(Value(list.get()))->generation, 0);
    EXPECT_TRUE(in_list(vm.gc().generations[0], list.get()));
    EXPECT_EQ(vm.gc().counts[0], before + 1);
    list = nullptr;
    EXPECT_EQ(vm.gc().counts[0], before);
    EXPECT_FALSE(gc_is_tracked(Value::small_int(5)));
}

TEST_F(GcTest, CollectsATwoListCycle)
{
    {
        Ref<List> a = MUST(new_list(vm));
        Ref<List> b = MUST(new_list(vm));
        MUST(list_append(vm, *a, Value(b.get())));
        MUST(list_append(vm, *b, Value(a.get())));
    }
    EXPECT_EQ(gc_collect(vm, 2), 2);
    EXPECT_EQ(gc_collect(vm, 2), 0);
}

TEST_F(GcTest, ClearThatFreesOtherGarbageIsSafe)
{
    // a <-> b is a cycle; c hangs off a only. Clearing a drops c's last reference
    // while c is still on the unreachable list.
    {
        Ref<List> a = MUST(new_list(vm));
        Ref<List> b = MUST(new_list(vm));
        Ref<List> c = MUST(new_list(vm));
        Ref<List> d = MUST(new_list(vm));
        MUST(list_append(vm, *a, Value(b.get())));
        MUST(list_append(vm, *a, Value(c.get())));
        MUST(list_append(vm, *b, Value(a.get())));
        MUST(list_append(vm, *c, Value(d.get())));
    }
    EXPECT_EQ(gc_collect(vm, 2), 4);
}

TEST_F(GcTest, OutsideReferenceKeepsTheCycle)
{
    Ref<List> a = MUST(new_list(vm));
    {
        Ref<List> b = MUST(new_list(vm));
        MUST(list_append(vm, *a, Value(b.get())));
        MUST(list_append(vm, *b, Value(a.get())));
    }
    EXPECT_EQ(gc_collect(vm, 0), 0);
    // Survivors of a young collection move up a generation.
    EXPECT_EQ(header(Value(a.get()))->generation, 1);
    EXPECT_EQ(a->size, 1);
    EXPECT_EQ(gc_collect(vm, 2), 0);
    EXPECT_EQ(header(Value(a.get()))->generation, 2);
    // Break the cycle by hand so the test leaves nothing behind.
    Ref<> b = ref(as_list(Value(a.get()))[0]);
    MUST(call_method(vm, Value(a.get()), "clear"));
    MUST(call_method(vm, b.value(), "clear"));
}

TEST_F(GcTest, YoungCollectionLeavesOlderGenerationsAlone)
{
    Ref<List> old = MUST(new_list(vm));
    gc_collect(vm, 2);
    ASSERT_EQ(header(Value(old.get()))->generation, 2);
    int64_t full_collections = vm.gc().collections[2];
    gc_collect(vm, 0);
    EXPECT_EQ(header(Value(old.get()))->generation, 2);
    EXPECT_EQ(vm.gc().collections[2], full_collections);
    EXPECT_EQ(vm.gc().counts[0], 0);
    EXPECT_EQ(vm.gc().counts[1], 1);
}

TEST_F(GcTest, ImmortalObjectsLeaveTheLists)
{
    Ref<List> list = MUST(new_list(vm));
    Object* raw = list.get();
    make_immortal(list.leak());
    EXPECT_FALSE(gc_is_tracked(Value(raw)));
    EXPECT_FALSE(header(Value(raw))->tracked);
    release_immortal(Value(raw));
}

TEST_F(GcTest, FinalizerRunsOnceAndMayResurrect)
{
    Ref<Dict> globals = run_python(vm,
        "import gc\n"
        "log = []\n"
        "saved = []\n"
        "class P:\n"
        "    def __del__(self):\n"
        "        log.append('del')\n"
        "        saved.append(self)\n"
        "p = P()\n"
        "p.me = p\n"
        "del p\n"
        "first = gc.collect()\n"
        "saved.clear()\n"
        "second = gc.collect()\n");
    Value log = MUST(dict_get_str(vm, *globals, *vm.intern("log")));
    EXPECT_EQ(as_list(log).size, 1);
    // Resurrected: nothing was freed by the first collection.
    EXPECT_EQ(MUST(dict_get_str(vm, *globals, *vm.intern("first"))).as_small_int(), 0);
    EXPECT_GE(MUST(dict_get_str(vm, *globals, *vm.intern("second"))).as_small_int(), 1);
    dict_clear(*globals);
}

namespace {

constexpr char const* test_fields[] = {"first", "second", "hidden"};
StructSeqDescription const test_description = {"test.record", test_fields, 2};
Type test_record_type;

} // namespace

TEST_F(GcTest, StructSequenceHiddenFields)
{
    static TypeSpec const spec = structseq_spec(test_record_type, test_description);
    static bool initialized = false;
    if (!initialized) {
        initialize_builtin_type(test_record_type, spec);
        initialized = true;
    }
    Value values[] = {Value::small_int(1), Value::small_int(2), Value::small_int(3)};
    Ref<Tuple> record = MUST(new_structseq(vm, test_record_type, values));
    EXPECT_EQ(record->size, 2);
    EXPECT_EQ(MUST(get_attribute(vm, Value(record.get()), "hidden")).value().as_small_int(), 3);
    EXPECT_EQ(MUST(repr_utf8(vm, Value(record.get()))), "test.record(first=1, second=2)");
    Ref<> reduced = MUST(call_method(vm, Value(record.get()), "__reduce__"));
    EXPECT_EQ(MUST(repr_utf8(vm, as_tuple(reduced.value())[1])), "((1, 2), {'hidden': 3})");
    EXPECT_EQ(MUST(length(vm, Value(record.get()))), 2);
}

TEST_F(GcTest, SyntaxErrorObjectCarriesThePosition)
{
    SyntaxError error;
    error.message = "invalid syntax";
    error.lineno = 3;
    error.offset = 5;
    error.end_lineno = 3;
    error.end_offset = 6;
    error.text = "x = = 1\n";
    error.has_text = true;
    Ref<> exception = make_syntax_error_object(vm, error, "/tmp/module.py");
    ASSERT_TRUE(exception);
    EXPECT_EQ(exception.value().type(), &exception_type(ExceptionKind::SyntaxError));
    EXPECT_EQ(MUST(str_utf8(vm, exception)), "invalid syntax (module.py, line 3)");
    EXPECT_EQ(MUST(get_attribute(vm, exception, "offset")).value().as_small_int(), 5);
    EXPECT_EQ(MUST(repr_utf8(vm, MUST(get_attribute(vm, exception, "text")))), "'x = = 1\\n'");

    error.kind = SyntaxErrorKind::IndentationError;
    Ref<> indentation = make_syntax_error_object(vm, error, "<string>");
    EXPECT_EQ(indentation.value().type(), &exception_type(ExceptionKind::IndentationError));
}

// The reference-count checking build (TAIPAN_REFCOUNT_DEBUG) counts every heap object
// until it is freed; a Vm's teardown must free everything a cycle-free program made.
TEST(LiveObjects, VmTeardownFreesWhatTheProgramMade)
{
    if (!refcount_debug_enabled)
        GTEST_SKIP() << "needs -DTAIPAN_REFCOUNT_DEBUG=ON";
    {
        Vm warm_up;
    } // the shared immortal objects of the first Vm are not counted
    int64_t before = live_object_count();
    {
        Vm vm;
        run_python(vm,
            "class Point:\n"
            "    def __init__(self, x): self.x = x\n"
            "points = [Point(i) for i in range(10)]\n"
            "table = {str(p.x): p for p in points}\n"
            "try:\n"
            "    table['missing']\n"
            "except KeyError as error:\n"
            "    caught = repr(error)\n");
        EXPECT_GT(live_object_count(), before);
    }
    EXPECT_EQ(live_object_count(), before);
}

TEST(LiveObjects, DecrefBelowZeroAndDoubleFreeAbort)
{
    if (!refcount_debug_enabled)
        GTEST_SKIP() << "needs -DTAIPAN_REFCOUNT_DEBUG=ON";
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            Vm vm;
            Ref<List> list = MUST(new_list(vm));
            list->refcount = 0;
            decref(list.get());
        },
        "decref of an object whose count is already zero.*'list' object");
    EXPECT_DEATH(
        {
            Vm vm;
            Object* list = MUST(new_list(vm)).leak().as_object();
            free_instance(list);
            free_instance(list);
        },
        "double free");
}
