/* The entity token stream (kabar.entities.tokens.tokenize), compiled.
 *
 * The same tokens as the regular expression of kabar.entities.tokens,
 *     (?:[A-Z]\.){2,} | [^\W_]+(?:['’][^\W_]+)* | (\S)\1{15,} | \S
 * tried in that order at each position, with a capitalised word's clitic "nya" split off as there.
 * Characters are classified by the tests Python's re module uses for str patterns: [^\W_] is
 * Py_UNICODE_ISALNUM, \S is not Py_UNICODE_ISSPACE. Each token is made by calling the Tok class, so
 * the objects are those of the Python version. Built by setup.py as an optional extension: without a
 * compiler kabar uses the Python version (tests/entities/test_tokens.py checks both agree).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

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

static PyObject *tokenize(PyObject *self, PyObject *args) {
    PyObject *text, *tok_class;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "UnnO", &text, &start, &end, &tok_class))
        return NULL;
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
            rc = add(out, tok_class, text, i, e - 3, i == prev_end) < 0 ? -1 : add(out, tok_class, text, e - 3, e, 1);
        else
            rc = add(out, tok_class, text, i, e, i == prev_end);
        if (rc < 0) {
            Py_DECREF(out);
            return NULL;
        }
        prev_end = i = e;
    }
    return out;
}

static PyMethodDef methods[] = {
    {"tokenize", tokenize, METH_VARARGS,
     "tokenize(text, start, end, tok_class): the entity tokens of text[start:end], each tok_class(text, start, end,\n"
     "glued), as kabar.entities.tokens.tokenize gives them."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_tokens", "Compiled entity tokens for kabar.entities.tokens.",
                                    -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__tokens(void) { return PyModule_Create(&module); }
