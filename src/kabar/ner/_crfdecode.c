/* Best label paths and marginal probabilities of a linear-chain CRF, compiled (kabar.ner.decode).
 *
 * The numpy versions pay a few array calls per token position; here a document's sentences cost a
 * few nanoseconds per (position, label, label). Viterbi forms every score exactly as numpy forms it
 * (hist[t-1][from] + trans[from][to], the largest kept, the first on ties, then + em[t][to]), so
 * the paths are the same. The marginals follow the numpy scaled forward-backward step by step; only
 * the order in which a 7-term sum is added up may differ from numpy's matrix product (BLAS), so the
 * probabilities agree to about 1e-15. The emissions' window sums (``window``) add the same rows in the same
 * order as numpy, so they are the same bit for bit. Built by setup.py as an optional extension: without a
 * compiler kabar uses the numpy versions.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>

static int get_buffer(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, int writable, const char *what) {
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | (writable ? PyBUF_WRITABLE : 0)) < 0)
        return -1;
    if (view->itemsize != itemsize) {
        PyErr_Format(PyExc_TypeError, "%s: items of %zd bytes expected", what, itemsize);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* The arguments both functions take: per-token scores (float64, tokens x labels, the sentences one
 * after another), int64 sentence lengths, float64 (labels x labels) transitions, and an output of
 * ``out_width`` items of ``out_size`` bytes per token. */
typedef struct {
    Py_buffer scores, lengths, trans, out;
    const int64_t *lens;
    Py_ssize_t n_labels, n_sent, total, longest;
} Batch;

static void close_batch(Batch *b) {
    PyBuffer_Release(&b->scores);
    PyBuffer_Release(&b->lengths);
    PyBuffer_Release(&b->trans);
    PyBuffer_Release(&b->out);
}

/* Fill ``b`` from ``args``; -1 with an exception set (and nothing held) where they do not agree. */
static int open_batch(PyObject *args, Batch *b, Py_ssize_t out_size, int out_per_label) {
    PyObject *objs[4];
    if (!PyArg_ParseTuple(args, "OOOO", &objs[0], &objs[1], &objs[2], &objs[3]))
        return -1;
    Py_buffer *views[4] = {&b->scores, &b->lengths, &b->trans, &b->out};
    const Py_ssize_t sizes[4] = {sizeof(double), sizeof(int64_t), sizeof(double), out_size};
    const char *names[4] = {"scores", "lengths", "transitions", "out"};
    for (int k = 0; k < 4; k++) {
        if (get_buffer(objs[k], views[k], sizes[k], k == 3, names[k]) < 0) {
            while (k--)
                PyBuffer_Release(views[k]);
            return -1;
        }
    }
    b->n_labels = 0;
    while (b->n_labels * b->n_labels < b->trans.len / (Py_ssize_t)sizeof(double))
        b->n_labels++;
    b->lens = b->lengths.buf;
    b->n_sent = b->lengths.len / (Py_ssize_t)sizeof(int64_t);
    b->total = b->longest = 0;
    for (Py_ssize_t s = 0; s < b->n_sent; s++) {
        b->total += b->lens[s];
        if (b->lens[s] > b->longest)
            b->longest = b->lens[s];
    }
    Py_ssize_t out_width = out_per_label ? b->n_labels : 1;
    if (b->n_labels == 0 || b->n_labels * b->n_labels * (Py_ssize_t)sizeof(double) != b->trans.len
            || b->total * b->n_labels * (Py_ssize_t)sizeof(double) != b->scores.len
            || b->total * out_width * out_size != b->out.len) {
        PyErr_SetString(PyExc_ValueError, "scores, lengths, transitions and out do not agree");
        close_batch(b);
        return -1;
    }
    return 0;
}

/* One sentence of n positions: hist and back are scratch of n * L; path gets n labels. */
static void viterbi_one(const double *em, Py_ssize_t n, const double *trans, Py_ssize_t L,
                        double *hist, int64_t *back, int64_t *path) {
    for (Py_ssize_t j = 0; j < L; j++)
        hist[j] = em[j];
    for (Py_ssize_t t = 1; t < n; t++) {
        const double *prev = hist + (t - 1) * L;
        for (Py_ssize_t to = 0; to < L; to++) {
            double best = prev[0] + trans[to];
            int64_t arg = 0;
            for (Py_ssize_t from = 1; from < L; from++) {
                double v = prev[from] + trans[from * L + to];
                if (v > best) {
                    best = v;
                    arg = from;
                }
            }
            back[t * L + to] = arg;
            hist[t * L + to] = best + em[t * L + to];
        }
    }
    const double *last = hist + (n - 1) * L;
    int64_t state = 0;
    for (Py_ssize_t j = 1; j < L; j++)
        if (last[j] > last[state])
            state = j;
    path[n - 1] = state;
    for (Py_ssize_t t = n - 1; t > 0; t--) {
        state = back[t * L + state];
        path[t - 1] = state;
    }
}

static PyObject *viterbi(PyObject *self, PyObject *args) {
    Batch b;
    if (open_batch(args, &b, sizeof(int64_t), 0) < 0)
        return NULL;
    const Py_ssize_t L = b.n_labels;
    PyObject *result = NULL;
    double *hist = malloc(sizeof(double) * (size_t)(b.longest * L + 1));
    int64_t *back = malloc(sizeof(int64_t) * (size_t)(b.longest * L + 1));
    if (hist == NULL || back == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t s = 0, at = 0; s < b.n_sent; at += b.lens[s], s++) {
        if (b.lens[s] > 0)
            viterbi_one((const double *)b.scores.buf + at * L, b.lens[s], b.trans.buf, L, hist, back,
                        (int64_t *)b.out.buf + at);
    }
    result = Py_None;
    Py_INCREF(result);
done:
    free(hist);
    free(back);
    close_batch(&b);
    return result;
}


/* Normalise a row of L values by their sum (divided, as numpy's ``cur /= cur.sum()``). */
static void normalise(double *row, Py_ssize_t L) {
    double total = 0.0;
    for (Py_ssize_t j = 0; j < L; j++)
        total += row[j];
    for (Py_ssize_t j = 0; j < L; j++)
        row[j] /= total;
}

/* One sentence: states (n x L, exp of the scores), e_trans (L x L, exp of the transitions);
 * alpha and beta are scratch of n * L, cur and tmp of L; out gets n x L probabilities. */
static void marginals_one(const double *states, Py_ssize_t n, const double *e_trans, Py_ssize_t L,
                          double *alpha, double *beta, double *tmp, double *out) {
    for (Py_ssize_t j = 0; j < L; j++)
        alpha[j] = states[j];
    normalise(alpha, L);
    for (Py_ssize_t t = 1; t < n; t++) {  /* forward: (alpha[t-1] @ e_trans) * states[t] */
        const double *prev = alpha + (t - 1) * L;
        double *cur = alpha + t * L;
        for (Py_ssize_t j = 0; j < L; j++) {
            double v = 0.0;
            for (Py_ssize_t k = 0; k < L; k++)
                v += prev[k] * e_trans[k * L + j];
            cur[j] = v * states[t * L + j];
        }
        normalise(cur, L);
    }
    /* backward, position n-1 first: beta[n-1] uniform, then (beta[t+1] * states[t+1]) @ e_trans.T */
    double *last = beta + (n - 1) * L;
    for (Py_ssize_t j = 0; j < L; j++)
        last[j] = 1.0;
    normalise(last, L);
    for (Py_ssize_t t = n - 2; t >= 0; t--) {
        const double *next = beta + (t + 1) * L, *st = states + (t + 1) * L;
        double *cur = beta + t * L;
        for (Py_ssize_t k = 0; k < L; k++)
            tmp[k] = next[k] * st[k];
        for (Py_ssize_t j = 0; j < L; j++) {
            double v = 0.0;
            for (Py_ssize_t k = 0; k < L; k++)
                v += tmp[k] * e_trans[j * L + k];
            cur[j] = v;
        }
        normalise(cur, L);
    }
    for (Py_ssize_t t = 0; t < n; t++) {
        for (Py_ssize_t j = 0; j < L; j++)
            out[t * L + j] = alpha[t * L + j] * beta[t * L + j];
        normalise(out + t * L, L);
    }
}

static PyObject *marginals(PyObject *self, PyObject *args) {
    Batch b;
    if (open_batch(args, &b, sizeof(double), 1) < 0)
        return NULL;
    const Py_ssize_t L = b.n_labels, n = b.longest;
    PyObject *result = NULL;
    double *scratch = malloc(sizeof(double) * (size_t)((2 * n + 1) * L + 1));
    if (scratch == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t s = 0, at = 0; s < b.n_sent; at += b.lens[s], s++) {
        if (b.lens[s] > 0)
            marginals_one((const double *)b.scores.buf + at * L, b.lens[s], b.trans.buf, L, scratch,
                          scratch + n * L, scratch + 2 * n * L, (double *)b.out.buf + at * L);
    }
    result = Py_None;
    Py_INCREF(result);
done:
    free(scratch);
    close_batch(&b);
    return result;
}

/* The window sums of the emissions (kabar.ner.emission): per token, its word's own row, then for each
 * offset the row its neighbour there lends (or the padding row past the sentence's ends), then the
 * sentence-start and sentence-end rows, added one after another in the order numpy adds them, so the
 * sums are the same bit for bit. */
static PyObject *window(PyObject *self, PyObject *args) {
    enum { OWN, CTX, IDX, LENGTHS, OFFSETS, PAD, BOS, EOS, OUT, N_ARGS };
    PyObject *objs[N_ARGS];
    Py_buffer v[N_ARGS];
    const Py_ssize_t sizes[N_ARGS] = {sizeof(double), sizeof(double), sizeof(Py_ssize_t), sizeof(int64_t),
                                      sizeof(int64_t), sizeof(double), sizeof(double), sizeof(double), sizeof(double)};
    const char *names[N_ARGS] = {"own", "ctx", "idx", "lengths", "offsets", "pad", "bos", "eos", "out"};
    if (!PyArg_ParseTuple(args, "OOOOOOOOO", &objs[0], &objs[1], &objs[2], &objs[3], &objs[4], &objs[5], &objs[6],
                          &objs[7], &objs[8]))
        return NULL;
    for (int k = 0; k < N_ARGS; k++) {
        if (get_buffer(objs[k], &v[k], sizes[k], k == OUT, names[k]) < 0) {
            while (k--)
                PyBuffer_Release(&v[k]);
            return NULL;
        }
    }
    PyObject *result = NULL;
    const Py_ssize_t L = v[BOS].len / (Py_ssize_t)sizeof(double), K = v[OFFSETS].len / (Py_ssize_t)sizeof(int64_t);
    const Py_ssize_t N = v[IDX].len / (Py_ssize_t)sizeof(Py_ssize_t), S = v[LENGTHS].len / (Py_ssize_t)sizeof(int64_t);
    const Py_ssize_t W = L ? v[OWN].len / (L * (Py_ssize_t)sizeof(double)) : 0;
    const double *own = v[OWN].buf, *ctx = v[CTX].buf, *pad = v[PAD].buf, *bos = v[BOS].buf, *eos = v[EOS].buf;
    const Py_ssize_t *idx = v[IDX].buf;
    const int64_t *lens = v[LENGTHS].buf, *offsets = v[OFFSETS].buf;
    double *out = v[OUT].buf;
    Py_ssize_t total = 0;
    for (Py_ssize_t s = 0; s < S; s++)
        total += lens[s] < 0 ? N + 1 : lens[s];
    int bad = L == 0 || W * L * (Py_ssize_t)sizeof(double) != v[OWN].len || total != N
              || W * K * L * (Py_ssize_t)sizeof(double) != v[CTX].len || K * L * (Py_ssize_t)sizeof(double) != v[PAD].len
              || v[EOS].len != v[BOS].len || N * L * (Py_ssize_t)sizeof(double) != v[OUT].len;
    for (Py_ssize_t i = 0; !bad && i < N; i++)
        bad = idx[i] < 0 || idx[i] >= W;
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "own, ctx, idx, lengths, offsets, pad, bos, eos and out do not agree");
        goto done;
    }
    for (Py_ssize_t s = 0, at = 0; s < S; at += lens[s], s++) {
        const Py_ssize_t n = lens[s];
        for (Py_ssize_t p = 0; p < n; p++) {
            double *o = out + (at + p) * L;
            const double *row = own + idx[at + p] * L;
            for (Py_ssize_t j = 0; j < L; j++)
                o[j] = row[j];
            for (Py_ssize_t k = 0; k < K; k++) {
                const Py_ssize_t q = p + offsets[k];
                row = q >= 0 && q < n ? ctx + (idx[at + q] * K + k) * L : pad + k * L;
                for (Py_ssize_t j = 0; j < L; j++)
                    o[j] += row[j];
            }
            if (p == 0)
                for (Py_ssize_t j = 0; j < L; j++)
                    o[j] += bos[j];
            if (p == n - 1)
                for (Py_ssize_t j = 0; j < L; j++)
                    o[j] += eos[j];
        }
    }
    result = Py_None;
    Py_INCREF(result);
done:
    for (int k = 0; k < N_ARGS; k++)
        PyBuffer_Release(&v[k]);
    return result;
}

/* ---- The feature rows of new words (kabar.ner.wordids.FeatureIds.rows): the same look-ups as its
 * Python ``word``, in the same order, each character classified by the tests str's own methods use. */
enum { T_OWN_WORD, T_OWN_SHAPE, T_PREFIXES, T_SUFFIXES, T_AFFIXES, T_OWN_FLAG, T_LENT_FLAG, T_CUE_OF, T_ATTRS,
       T_LENT_ANY, T_LENT_WORD, T_LENT_SHAPE, T_CLUSTERS, T_OWN_CLUSTER, T_LENT_CLUSTER, T_OWN_CASE, T_LENT_CASE,
       T_NO_CLUSTER, T_HEAD, T_OPENING, T_ZEROS, T_MISSING, T_LENT_CLUSTERS, T_N };
#define N_FLAGS 6 /* cap, allcap, dig, hyph, punct, dot: the order of kabar.ner.features._flags */

/* The word's shape: X, x, d or the character itself, runs collapsed (kabar.ner.features.shape). */
static PyObject *shape_of(PyObject *word) {
    const Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    const int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    Py_UCS4 *buf = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(n ? n : 1));
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        const Py_UCS4 c = Py_UNICODE_ISUPPER(ch) ? 'X' : Py_UNICODE_ISLOWER(ch) ? 'x' : Py_UNICODE_ISDIGIT(ch) ? 'd' : ch;
        if (m == 0 || buf[m - 1] != c)
            buf[m++] = c;
    }
    PyObject *out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, m);
    PyMem_Free(buf);
    return out;
}

/* Which of the six flags the word has (kabar.ner.features._flags), as str's methods decide them. */
static void flags_of(PyObject *word, int *flags) {
    const Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    const int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    int upper = n > 1, cased = 0, digit = 0, hyphen = 0, alnum = 0, dot = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISLOWER(ch) || Py_UNICODE_ISTITLE(ch))
            upper = 0;  /* str.isupper: no lower-case or title-case letter, one upper-case at least */
        else if (Py_UNICODE_ISUPPER(ch))
            cased = 1;
        digit |= Py_UNICODE_ISDIGIT(ch) != 0;
        hyphen |= ch == '-';
        alnum |= Py_UNICODE_ISALNUM(ch) != 0;
        dot |= ch == '.';
    }
    flags[0] = n > 0 && Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, 0));
    flags[1] = upper && cased;
    flags[2] = digit;
    flags[3] = hyphen;
    flags[4] = !alnum;
    flags[5] = dot && n > 1;
}

/* table[key] where present, else ``fallback`` (borrowed; NULL with an exception set on a failed look-up). */
static PyObject *get_or(PyObject *table, PyObject *key, PyObject *fallback) {
    if (key == NULL)
        return NULL;
    PyObject *found = PyDict_GetItemWithError(table, key);
    return found ? found : PyErr_Occurred() ? NULL : fallback;
}

/* dict.get(key) of the g-th table of the list ``tables``, else ``fallback`` (borrowed). */
static PyObject *get_nth(PyObject *tables, Py_ssize_t g, PyObject *key, PyObject *fallback) {
    return g < PyList_GET_SIZE(tables) ? get_or(PyList_GET_ITEM(tables, g), key, fallback) : fallback;
}

/* get_or(table, prefix + text, fallback) */
static PyObject *get_joined(PyObject *table, const char *prefix, PyObject *text, PyObject *fallback) {
    PyObject *head = PyUnicode_FromString(prefix);
    PyObject *key = head ? PyUnicode_Concat(head, text) : NULL;
    Py_XDECREF(head);
    PyObject *found = get_or(table, key, fallback);
    Py_XDECREF(key);
    return found;
}

typedef struct {
    PyObject **own, **cols;  /* borrowed row ids and lent columns (tuples, one id per offset) */
    Py_ssize_t n_own, n_cols, cap_own, cap_cols;
} Rows;

static int push(PyObject ***items, Py_ssize_t *n, Py_ssize_t *cap, PyObject *item) {
    if (item == NULL)
        return -1;
    if (*n == *cap) {
        PyObject **more = PyMem_Realloc(*items, sizeof(PyObject *) * (size_t)(*cap * 2));
        if (more == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *items = more;
        *cap *= 2;
    }
    (*items)[(*n)++] = item;
    return 0;
}
#define OWN(x) push(&r->own, &r->n_own, &r->cap_own, (x))
#define COL(x) push(&r->cols, &r->n_cols, &r->cap_cols, (x))

/* The cluster rows of a word with cluster ids ``ids`` (a sequence of str, or None). */
static int cluster_rows(PyObject **t, PyObject *ids, Rows *r) {
    PyObject *seq = ids && ids != Py_None ? PySequence_Fast(ids, "cluster ids must be a sequence") : NULL;
    if (ids && ids != Py_None && seq == NULL)
        return -1;
    const Py_ssize_t n = seq ? PySequence_Fast_GET_SIZE(seq) : 0;
    int rc = 0;
    if (n == 0) {
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(t[T_NO_CLUSTER]) && rc == 0; k++)
            rc = OWN(PyList_GET_ITEM(t[T_NO_CLUSTER], k));
    } else {
        PyObject **c = PySequence_Fast_ITEMS(seq);
        for (Py_ssize_t g = 0; g < n - 1 && rc == 0; g++)
            rc = OWN(get_nth(t[T_OWN_CLUSTER], g, c[g], t[T_MISSING]));
        rc = rc ? rc : OWN(get_or(t[T_OWN_CASE], c[n - 1], t[T_MISSING]));
        const Py_ssize_t lent = PyLong_AsSsize_t(t[T_LENT_CLUSTERS]);
        for (Py_ssize_t g = 0; g < n && g < lent && rc == 0; g++)
            rc = COL(get_nth(t[T_LENT_CLUSTER], g, c[g], t[T_ZEROS]));
        rc = rc ? rc : COL(get_or(t[T_LENT_CASE], c[n - 1], t[T_ZEROS]));
    }
    Py_XDECREF(seq);
    return rc;
}

/* The own rows and lent columns of one word; its lower-cased form, shape and cue key kept in ``keep``. */
static int word_rows_one(PyObject **t, PyObject *word, Rows *r, PyObject **keep) {
    PyObject *lower = keep[0] = PyObject_CallMethod(word, "lower", NULL);
    PyObject *shp = keep[1] = lower ? shape_of(word) : NULL;
    PyObject *key = keep[2] = shp ? PyObject_CallMethod(lower, "rstrip", "s", ".") : NULL;
    if (key == NULL)
        return -1;
    int flags[N_FLAGS];
    flags_of(word, flags);
    PyObject *cues = PyDict_GetItemWithError(t[T_CUE_OF], key);
    if (cues == NULL && PyErr_Occurred())
        return -1;
    r->n_own = r->n_cols = 0;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(t[T_HEAD]); k++)
        if (OWN(PyTuple_GET_ITEM(t[T_HEAD], k)) < 0)
            return -1;
    if (OWN(get_or(t[T_OWN_WORD], lower, t[T_MISSING])) < 0 || OWN(get_or(t[T_OWN_SHAPE], shp, t[T_MISSING])) < 0)
        return -1;
    const Py_ssize_t size = PyUnicode_GET_LENGTH(lower);
    for (int side = 0; side < 2; side++) {
        PyObject *tables = t[side ? T_SUFFIXES : T_PREFIXES];
        for (Py_ssize_t a = 0; a < PyTuple_GET_SIZE(t[T_AFFIXES]); a++) {
            const Py_ssize_t n = PyLong_AsSsize_t(PyTuple_GET_ITEM(t[T_AFFIXES], a));
            if (size <= n)
                continue;
            PyObject *part = side ? PyUnicode_Substring(lower, size - n, size) : PyUnicode_Substring(lower, 0, n);
            PyObject *found = part ? get_nth(tables, a, part, t[T_MISSING]) : NULL;
            Py_XDECREF(part);
            if (OWN(found) < 0)
                return -1;
        }
    }
    for (int f = 0; f < N_FLAGS; f++)
        if (flags[f] && OWN(PyTuple_GET_ITEM(t[T_OWN_FLAG], f)) < 0)
            return -1;
    PyObject *four = PyUnicode_Substring(shp, 0, PyUnicode_GET_LENGTH(shp) < 4 ? PyUnicode_GET_LENGTH(shp) : 4);
    PyObject *lent_shape = four ? get_or(t[T_LENT_SHAPE], four, t[T_ZEROS]) : NULL;
    Py_XDECREF(four);
    if (COL(t[T_OPENING]) < 0 || COL(get_or(t[T_LENT_WORD], lower, t[T_ZEROS])) < 0 || COL(lent_shape) < 0)
        return -1;
    for (int f = 0; f < N_FLAGS; f++)
        if (flags[f] && PyTuple_GET_ITEM(t[T_LENT_FLAG], f) != Py_None && COL(PyTuple_GET_ITEM(t[T_LENT_FLAG], f)) < 0)
            return -1;
    for (Py_ssize_t c = 0; cues && c < PyTuple_GET_SIZE(cues); c++)
        if (OWN(get_joined(t[T_ATTRS], "q=", PyTuple_GET_ITEM(cues, c), t[T_MISSING])) < 0)
            return -1;
    for (Py_ssize_t c = 0; cues && c < PyTuple_GET_SIZE(cues); c++)
        if (COL(get_joined(t[T_LENT_ANY], "q=", PyTuple_GET_ITEM(cues, c), t[T_ZEROS])) < 0)
            return -1;
    PyObject *ids = PyDict_GetItemWithError(t[T_CLUSTERS], lower);
    if (ids == NULL && PyErr_Occurred())
        return -1;
    return cluster_rows(t, ids, r);
}

/* Append one word's lists to ``ids`` (their starts to ``starts``): own rows, then per offset the lent ids. */
static int emit_rows(const Rows *r, PyObject *ids, PyObject *starts, Py_ssize_t n_offsets) {
    for (Py_ssize_t k = -1; k < n_offsets; k++) {
        PyObject *at = PyLong_FromSsize_t(PyList_GET_SIZE(ids));
        int rc = at ? PyList_Append(starts, at) : -1;
        Py_XDECREF(at);
        if (rc < 0)
            return -1;
        for (Py_ssize_t j = 0; j < (k < 0 ? r->n_own : r->n_cols); j++) {
            PyObject *item = k < 0 ? r->own[j] : r->cols[j];
            if (k >= 0 && (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != n_offsets)) {
                PyErr_SetString(PyExc_ValueError, "a lent column must be a tuple of one id per offset");
                return -1;
            }
            if (PyList_Append(ids, k < 0 ? item : PyTuple_GET_ITEM(item, k)) < 0)
                return -1;
        }
    }
    return 0;
}

static PyObject *word_rows(PyObject *self, PyObject *args) {
    PyObject *words, *tables, *ids, *starts;
    if (!PyArg_ParseTuple(args, "O!O!O!O!", &PyList_Type, &words, &PyTuple_Type, &tables, &PyList_Type, &ids,
                          &PyList_Type, &starts))
        return NULL;
    if (PyTuple_GET_SIZE(tables) != T_N) {
        PyErr_SetString(PyExc_ValueError, "word_rows: the tables tuple has the wrong length");
        return NULL;
    }
    PyObject **t = &PyTuple_GET_ITEM(tables, 0);
    static const char kinds[T_N + 1] = "ddlltttddddddllddltttii";  /* dict, list, tuple, int: each table's type */
    for (int k = 0; k < T_N; k++) {
        PyObject *x = t[k];
        if (!(kinds[k] == 'd' ? PyDict_CheckExact(x) : kinds[k] == 'l' ? PyList_CheckExact(x)
              : kinds[k] == 't' ? PyTuple_CheckExact(x) : PyLong_CheckExact(x))) {
            PyErr_Format(PyExc_TypeError, "word_rows: table %d is not of the expected type", k);
            return NULL;
        }
    }
    if (PyTuple_GET_SIZE(t[T_OWN_FLAG]) != N_FLAGS || PyTuple_GET_SIZE(t[T_LENT_FLAG]) != N_FLAGS) {
        PyErr_SetString(PyExc_ValueError, "word_rows: one own and one lent entry per flag expected");
        return NULL;
    }
    const Py_ssize_t n_offsets = PyTuple_GET_SIZE(t[T_OPENING]);
    Rows r = {PyMem_Malloc(sizeof(PyObject *) * 32), PyMem_Malloc(sizeof(PyObject *) * 16), 0, 0, 32, 16};
    int rc = r.own && r.cols ? 0 : -1;
    if (rc < 0)
        PyErr_NoMemory();
    for (Py_ssize_t w = 0; w < PyList_GET_SIZE(words) && rc == 0; w++) {
        PyObject *word = PyList_GET_ITEM(words, w);
        PyObject *keep[3] = {NULL, NULL, NULL};
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "word_rows: words must be str");
            rc = -1;
            break;
        }
        rc = word_rows_one(t, word, &r, keep);
        rc = rc ? rc : emit_rows(&r, ids, starts, n_offsets);
        for (int k = 0; k < 3; k++)
            Py_XDECREF(keep[k]);
    }
    PyMem_Free(r.own);
    PyMem_Free(r.cols);
    if (rc < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"viterbi", viterbi, METH_VARARGS,
     "viterbi(emissions, lengths, transitions, out): the best label of every position of every sentence.\n"
     "emissions: float64 (tokens, labels) of the sentences one after another; lengths: int64 per sentence;\n"
     "transitions: float64 (labels, labels); out: int64 (tokens,), written."},
    {"marginals", marginals, METH_VARARGS,
     "marginals(states, lengths, exp_transitions, out): P(label at t | sentence) by scaled forward-backward.\n"
     "states: float64 (tokens, labels), exp of each sentence's scores less its highest, sentences one after\n"
     "another; lengths: int64 per sentence; exp_transitions: float64 (labels, labels); out: like states, written."},
    {"word_rows", word_rows, METH_VARARGS,
     "word_rows(words, tables, ids, starts): append the feature rows of each word to ids (the start of each list to\n"
     "starts), as kabar.ner.wordids.FeatureIds.word gives them; tables: FeatureIds.tables()."},
    {"window", window, METH_VARARGS,
     "window(own, ctx, idx, lengths, offsets, pad, bos, eos, out): per token, own[idx] plus the rows its neighbours\n"
     "lend (ctx[idx of the token at each offset, offset], or pad[offset] past the sentence), plus bos at a sentence's\n"
     "start and eos at its end. own: float64 (words, labels); ctx: float64 (words, offsets, labels); idx: intp per\n"
     "token; lengths: int64 per sentence; offsets: int64; pad: float64 (offsets, labels); out: float64 (tokens, labels)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_crfdecode", "Compiled Viterbi and marginals for kabar.ner.decode, window sums for kabar.ner.emission.",
                                    -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__crfdecode(void) { return PyModule_Create(&module); }
