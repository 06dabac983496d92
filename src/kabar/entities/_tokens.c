/* The entity token stream (kabar.entities.tokens.tokenize), compiled.
 *
 * The same tokens as the regular expression of kabar.entities.tokens,
 *     (?:[A-Z]\.){2,} | [^\W_]+(?:['’][^\W_]+)* | (\S)\1{15,} | \S
 * tried in that order at each position, with a capitalised word's clitic "nya" split off as there.
 * Characters are classified by the tests Python's re module uses for str patterns: [^\W_] is
 * Py_UNICODE_ISALNUM, \S is not Py_UNICODE_ISSPACE. tokenize makes each token by calling the Tok class;
 * tokenize_facts allocates it and fills its slots itself (its text's facts from the table kept in Python),
 * without a Python call per token; either way the objects are those of the Python version. Built by
 * setup.py as an optional extension: without a compiler kabar uses the Python version
 * (tests/entities/test_tokens.py checks they agree).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "../_slots.h"

#define RUN_TOKEN 16 /* a run of this many of one symbol is one token */
#define CLITIC_STEM 4 /* the shortest stem a clitic "nya" is split from */

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t end;
} Text;

static Py_UCS4 at(const Text *t, Py_ssize_t i) { return PyUnicode_READ(t->kind, t->data, i); }

static int is_alnum(const Text *t, Py_ssize_t i) { return i < t->end && Py_UNICODE_ISALNUM(at(t, i)); }

/* The end of the token starting at ``i`` (a non-space character), by the alternatives in order. */
static Py_ssize_t token_end(const Text *t, Py_ssize_t i) {
    Py_ssize_t j = i;
    while (j + 1 < t->end && at(t, j) >= 'A' && at(t, j) <= 'Z' && at(t, j + 1) == '.')
        j += 2;
    if (j - i >= 4)
        return j; /* two dotted capitals or more: A.S., U.S.A. */
    if (is_alnum(t, i)) {
        j = i;
        while (is_alnum(t, j))
            j++;
        while (j + 1 < t->end && (at(t, j) == '\'' || at(t, j) == 0x2019) && is_alnum(t, j + 1)) {
            j++;
            while (is_alnum(t, j))
                j++;
        }
        return j;
    }
    const Py_UCS4 ch = at(t, i);
    for (j = i + 1; j < t->end && at(t, j) == ch; j++)
        ;
    return j - i >= RUN_TOKEN ? j : i + 1;
}

/* Append Tok(text[s:e], s, e, glued) to ``out``. */
static int add(PyObject *out, PyObject *tok_class, PyObject *text, Py_ssize_t s, Py_ssize_t e, int glued) {
    PyObject *word = PyUnicode_Substring(text, s, e);
    if (word == NULL)
        return -1;
    PyObject *tok = PyObject_CallFunction(tok_class, "OnnO", word, s, e, glued ? Py_True : Py_False);
    Py_DECREF(word);
    if (tok == NULL)
        return -1;
    int rc = PyList_Append(out, tok);
    Py_DECREF(tok);
    return rc;
}

/* A capitalised word ending in "nya" with a stem long enough: split the clitic off. */
static int has_clitic(const Text *t, Py_ssize_t s, Py_ssize_t e) {
    return e - s - 3 >= CLITIC_STEM && at(t, e - 3) == 'n' && at(t, e - 2) == 'y' && at(t, e - 1) == 'a'
           && Py_UNICODE_ISUPPER(at(t, s));
}

/* How a token is added to the list: the maker's own context, then the span and whether it is glued to the one before. */
typedef int (*AddFn)(void *ctx, PyObject *out, PyObject *text, Py_ssize_t s, Py_ssize_t e, int glued);

/* The tokens of text[start:end] (bounds clamped), each appended to a new list by ``add``; NULL on an error. */
static PyObject *walk(PyObject *text, Py_ssize_t start, Py_ssize_t end, AddFn add_token, void *ctx) {
    const Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    start = start < 0 ? 0 : start > length ? length : start;
    end = end > length ? length : end < start ? start : end;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), end};
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t prev_end = -1;
    for (Py_ssize_t i = start; i < end;) {
        if (Py_UNICODE_ISSPACE(at(&t, i))) {
            i++;
            continue;
        }
        const Py_ssize_t e = token_end(&t, i);
        int rc;
        if (has_clitic(&t, i, e))
            rc = add_token(ctx, out, text, i, e - 3, i == prev_end) < 0 ? -1 : add_token(ctx, out, text, e - 3, e, 1);
        else
            rc = add_token(ctx, out, text, i, e, i == prev_end);
        if (rc < 0) {
            Py_DECREF(out);
            return NULL;
        }
        prev_end = i = e;
    }
    return out;
}

static int add_called(void *tok_class, PyObject *out, PyObject *text, Py_ssize_t s, Py_ssize_t e, int glued) {
    return add(out, (PyObject *)tok_class, text, s, e, glued);
}

static PyObject *tokenize(PyObject *self, PyObject *args) {
    PyObject *text, *tok_class;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "UnnO", &text, &start, &end, &tok_class))
        return NULL;
    return walk(text, start, end, add_called, tok_class);
}

/* The slots a token made by tokenize_facts fills, in this order: its own four, then its text's four facts. */
#define N_SLOTS 8
static const char *const SLOT_NAMES[N_SLOTS] = {"text", "start", "end", "glued", "low", "is_word", "is_cap", "has_digit"};

/* Append a new tok_class object for text[s:e] to ``out``, its slots filled directly: the token's own four and the
 * four facts of its text, from ``facts`` (a dict) or, for a text not in it, from make_facts(word) (which keeps them). */
static int add_with_facts(PyObject *out, PyTypeObject *cls, const Py_ssize_t *offsets, PyObject *facts,
                          PyObject *make_facts, PyObject *text, Py_ssize_t s, Py_ssize_t e, int glued) {
    PyObject *word = PyUnicode_Substring(text, s, e);
    if (word == NULL)
        return -1;
    PyObject *found = PyDict_GetItemWithError(facts, word); /* borrowed */
    if (found != NULL)
        Py_INCREF(found);
    else if (!PyErr_Occurred())
        found = PyObject_CallOneArg(make_facts, word);
    if (found == NULL || !PyTuple_Check(found) || PyTuple_GET_SIZE(found) != 4) {
        if (found != NULL)
            PyErr_SetString(PyExc_TypeError, "a token's facts must be a tuple of four");
        Py_XDECREF(found);
        Py_DECREF(word);
        return -1;
    }
    PyObject *start = PyLong_FromSsize_t(s), *end = PyLong_FromSsize_t(e);
    PyObject *tok = start && end ? cls->tp_alloc(cls, 0) : NULL;
    if (tok == NULL) {
        Py_XDECREF(start);
        Py_XDECREF(end);
        Py_DECREF(found);
        Py_DECREF(word);
        return -1;
    }
    PyObject *values[N_SLOTS] = {word, start, end, glued ? Py_True : Py_False, PyTuple_GET_ITEM(found, 0),
                                 PyTuple_GET_ITEM(found, 1), PyTuple_GET_ITEM(found, 2), PyTuple_GET_ITEM(found, 3)};
    for (int k = 0; k < N_SLOTS; k++) {
        if (k != 0 && k != 1 && k != 2)
            Py_INCREF(values[k]); /* the new references word, start and end are handed over as they are */
        *(PyObject **)((char *)tok + offsets[k]) = values[k];
    }
    Py_DECREF(found);
    const int rc = PyList_Append(out, tok);
    Py_DECREF(tok);
    return rc;
}

/* What add_with_facts needs besides the span: the class, its slot offsets and the facts table with its maker. */
typedef struct {
    PyTypeObject *cls;
    const Py_ssize_t *offsets;
    PyObject *facts, *make_facts;
} FactsMaker;

static int add_filled(void *ctx, PyObject *out, PyObject *text, Py_ssize_t s, Py_ssize_t e, int glued) {
    const FactsMaker *m = ctx;
    return add_with_facts(out, m->cls, m->offsets, m->facts, m->make_facts, text, s, e, glued);
}

static PyObject *tokenize_facts(PyObject *self, PyObject *args) {
    PyObject *text, *tok_class, *facts, *make_facts;
    Py_ssize_t start, end, offsets[N_SLOTS];
    if (!PyArg_ParseTuple(args, "UnnOO!O", &text, &start, &end, &tok_class, &PyDict_Type, &facts, &make_facts))
        return NULL;
    if (class_slot_offsets(tok_class, SLOT_NAMES, N_SLOTS, offsets) < 0)
        return NULL;
    FactsMaker maker = {(PyTypeObject *)tok_class, offsets, facts, make_facts};
    return walk(text, start, end, add_filled, &maker);
}

static PyMethodDef methods[] = {
    {"tokenize", tokenize, METH_VARARGS,
     "tokenize(text, start, end, tok_class): the entity tokens of text[start:end], each tok_class(text, start, end,\n"
     "glued), as kabar.entities.tokens.tokenize gives them."},
    {"tokenize_facts", tokenize_facts, METH_VARARGS,
     "tokenize_facts(text, start, end, tok_class, facts, make_facts): the tokens of tokenize, each a tok_class object\n"
     "(a slotted class) made without calling it: its slots text, start, end, glued set, and low, is_word, is_cap,\n"
     "has_digit from facts[word], or make_facts(word) for a word not in the dict."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_tokens", "Compiled entity tokens for kabar.entities.tokens.",
                                    -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__tokens(void) { return PyModule_Create(&module); }
