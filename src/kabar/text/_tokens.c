/* The news tokens of kabar.text.tokens, compiled.
 *
 * The same tokens as its regular expression: the alternatives below, tried in that order at each
 * position, the first that matches taken (none of them needs backtracking to match: each is read
 * greedily). Characters are classified by the tests Python's re module uses for str patterns:
 * \d is Py_UNICODE_ISDECIMAL, \w is Py_UNICODE_ISALNUM or '_', \s is Py_UNICODE_ISSPACE; [A-Za-z]
 * is ASCII. Each token is an object of the Token class (a slotted class) made without calling it:
 * its slots text, start and end are filled directly, so the objects equal those of the Python
 * version. Built by setup.py as an optional extension: without a compiler kabar uses the regular
 * expression (tests/text/test_tokens.py checks both agree).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "../_slots.h"

#define RUN_TOKEN 16 /* a run of this many of one symbol is one token */

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t end;
} Text;

static Py_UCS4 at(const Text *t, Py_ssize_t i) { return i < t->end ? PyUnicode_READ(t->kind, t->data, i) : 0; }
static int is_decimal(const Text *t, Py_ssize_t i) { return i < t->end && Py_UNICODE_ISDECIMAL(at(t, i)); }
static int is_word(const Text *t, Py_ssize_t i) {
    return i < t->end && (Py_UNICODE_ISALNUM(at(t, i)) || at(t, i) == '_');
}
static int separator(Py_UCS4 c) { return c == '.' || c == '/' || c == ':' || c == ',' || c == '-'; }
static int ascii_letter(Py_UCS4 c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/* ``s`` at ``i`` (ASCII), where it fits before the end. */
static int literal(const Text *t, Py_ssize_t i, const char *s) {
    for (; *s; s++, i++)
        if (at(t, i) != (Py_UCS4)(unsigned char)*s || i >= t->end)
            return 0;
    return 1;
}

static Py_ssize_t digits(const Text *t, Py_ssize_t j) {
    while (is_decimal(t, j))
        j++;
    return j;
}

/* [\d.,]* from j */
static Py_ssize_t amount(const Text *t, Py_ssize_t j) {
    while (j < t->end && (is_decimal(t, j) || at(t, j) == '.' || at(t, j) == ','))
        j++;
    return j;
}

/* (?:US|S|A|HK)?\$\d[\d.,]*   $345, US$1,5 */
static Py_ssize_t money(const Text *t, Py_ssize_t i) {
    static const char *prefixes[] = {"US", "S", "A", "HK", ""};
    for (int k = 0; k < 5; k++) {
        const Py_ssize_t j = i + (Py_ssize_t)strlen(prefixes[k]);
        if (literal(t, i, prefixes[k]) && at(t, j) == '$' && j < t->end && is_decimal(t, j + 1))
            return amount(t, j + 2);
    }
    return 0;
}

/* Rp\.?\s?\d[\d.,]*   Rp 2,3 / Rp10.000 */
static Py_ssize_t rupiah(const Text *t, Py_ssize_t i) {
    if (!literal(t, i, "Rp"))
        return 0;
    Py_ssize_t j = i + 2;
    if (j < t->end && at(t, j) == '.')
        j++;
    if (j < t->end && Py_UNICODE_ISSPACE(at(t, j)))
        j++;
    return is_decimal(t, j) ? amount(t, j + 1) : 0;
}

/* \d+(?:[./:,-]\d+)+(?:-an)?   22/10/2020, 28.500, 1950-53, 1930-an; else \d+(?:-an|-nya)? */
static Py_ssize_t number(const Text *t, Py_ssize_t i) {
    if (!is_decimal(t, i))
        return 0;
    const Py_ssize_t run = digits(t, i);
    Py_ssize_t j = run;
    while (separator(at(t, j)) && is_decimal(t, j + 1))
        j = digits(t, j + 1);
    if (j > run)
        return literal(t, j, "-an") ? j + 3 : j;
    return literal(t, run, "-an") ? run + 3 : literal(t, run, "-nya") ? run + 4 : run;
}

/* (?:[A-Za-z]\.){2,}   A.S., U.S. */
static Py_ssize_t dotted(const Text *t, Py_ssize_t i) {
    Py_ssize_t j = i;
    while (j + 1 < t->end && ascii_letter(at(t, j)) && at(t, j + 1) == '.')
        j += 2;
    return j - i >= 4 ? j : 0;
}

/* \w+(?:[-’'`]\w+)*   words, Jong-un, negara-negara, Jum'at, ke-70 */
static Py_ssize_t words(const Text *t, Py_ssize_t i) {
    if (!is_word(t, i))
        return 0;
    Py_ssize_t j = i;
    while (is_word(t, j))
        j++;
    for (;;) {
        const Py_UCS4 c = at(t, j);
        if (j + 1 < t->end && (c == '-' || c == 0x2019 || c == '\'' || c == '`') && is_word(t, j + 1)) {
            j++;
            while (is_word(t, j))
                j++;
        } else {
            return j;
        }
    }
}

/* The end of the token at ``i`` (not a space). */
static Py_ssize_t token_end(const Text *t, Py_ssize_t i) {
    Py_ssize_t e;
    if ((e = money(t, i)) || (e = rupiah(t, i)) || (e = number(t, i)) || (e = dotted(t, i)) || (e = words(t, i)))
        return e;
    const Py_UCS4 ch = at(t, i);
    Py_ssize_t j = i + 1;
    while (j < t->end && at(t, j) == ch)
        j++;
    return j - i >= RUN_TOKEN ? j : i + 1;
}

/* The slots of the token class that scan fills, in this order. */
#define N_SLOTS 3
static const char *const SLOT_NAMES[N_SLOTS] = {"text", "start", "end"};
static PyObject *known_class = NULL; /* the class whose slot offsets are kept (a strong reference) */
static Py_ssize_t known_offsets[N_SLOTS];

/* The offsets of token_class's slots text, start and end (kept for the last class asked); -1 with an exception set
 * where it is no class or one of them is no object slot. */
static int slot_offsets(PyObject *token_class, Py_ssize_t *offsets) {
    if (token_class == known_class) {
        memcpy(offsets, known_offsets, sizeof known_offsets);
        return 0;
    }
    if (class_slot_offsets(token_class, SLOT_NAMES, N_SLOTS, offsets) < 0)
        return -1;
    Py_INCREF(token_class);
    Py_XSETREF(known_class, token_class);
    memcpy(known_offsets, offsets, sizeof known_offsets);
    return 0;
}

/* A new token_class object for text[s:e], made without calling the class: its slots filled directly. */
static PyObject *new_token(PyTypeObject *cls, const Py_ssize_t *offsets, PyObject *text, Py_ssize_t s, Py_ssize_t e) {
    PyObject *values[N_SLOTS] = {PyUnicode_Substring(text, s, e), PyLong_FromSsize_t(s), PyLong_FromSsize_t(e)};
    PyObject *tok = values[0] && values[1] && values[2] ? cls->tp_alloc(cls, 0) : NULL;
    if (tok == NULL) {
        for (int k = 0; k < N_SLOTS; k++)
            Py_XDECREF(values[k]);
        return NULL;
    }
    for (int k = 0; k < N_SLOTS; k++)
        *(PyObject **)((char *)tok + offsets[k]) = values[k]; /* the new references are handed over */
    return tok;
}

static PyObject *scan(PyObject *self, PyObject *args) {
    PyObject *text, *token_class;
    Py_ssize_t start, end, offsets[N_SLOTS];
    if (!PyArg_ParseTuple(args, "UnnO", &text, &start, &end, &token_class))
        return NULL;
    if (slot_offsets(token_class, offsets) < 0)
        return NULL;
    PyTypeObject *cls = (PyTypeObject *)token_class;
    const Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    start = start < 0 ? 0 : start > length ? length : start;
    end = end > length ? length : end < start ? start : end;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), end};
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = start; i < end;) {
        if (Py_UNICODE_ISSPACE(at(&t, i))) {
            i++;
            continue;
        }
        const Py_ssize_t e = token_end(&t, i);
        PyObject *tok = new_token(cls, offsets, text, i, e);
        if (tok == NULL || PyList_Append(out, tok) < 0) {
            Py_XDECREF(tok);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(tok);
        i = e;
    }
    PyObject *result = PyList_AsTuple(out);
    Py_DECREF(out);
    return result;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS,
     "scan(text, start, end, token_class): the tokens of text[start:end] as a tuple, each a token_class object (a\n"
     "slotted class) with its slots text, start and end filled without calling it, as kabar.text.tokens's regular\n"
     "expression finds them."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_tokens", "Compiled news tokens for kabar.text.tokens.",
                                    -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__tokens(void) { return PyModule_Create(&module); }
