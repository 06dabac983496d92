/* Best label paths and marginal probabilities of a linear-chain CRF, compiled (kabar.ner.decode).
 *
 * The numpy versions pay a few array calls per token position; here a document's sentences cost a
 * few nanoseconds per (position, label, label). Viterbi forms every score exactly as numpy forms it
 * (hist[t-1][from] + trans[from][to], the largest kept, the first on ties, then + em[t][to]), so
 * the paths are the same. The marginals follow the numpy scaled forward-backward step by step; only
 * the order in which a 7-term sum is added up may differ from numpy's matrix product (BLAS), so the
 * probabilities agree to about 1e-15. Built by setup.py as an optional extension: without a
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
    PyObject *em_obj, *len_obj, *trans_obj, *out_obj;
    if (!PyArg_ParseTuple(args, "OOOO", &em_obj, &len_obj, &trans_obj, &out_obj))
        return NULL;
    Py_buffer em, lengths, trans, out;
    if (get_buffer(em_obj, &em, sizeof(double), 0, "emissions") < 0)
        return NULL;
    if (get_buffer(len_obj, &lengths, sizeof(int64_t), 0, "lengths") < 0) {
        PyBuffer_Release(&em);
        return NULL;
    }
    if (get_buffer(trans_obj, &trans, sizeof(double), 0, "transitions") < 0) {
        PyBuffer_Release(&em);
        PyBuffer_Release(&lengths);
        return NULL;
    }
    if (get_buffer(out_obj, &out, sizeof(int64_t), 1, "out") < 0) {
        PyBuffer_Release(&em);
        PyBuffer_Release(&lengths);
        PyBuffer_Release(&trans);
        return NULL;
    }
    Py_ssize_t n_labels = 0;
    while (n_labels * n_labels < trans.len / (Py_ssize_t)sizeof(double))
        n_labels++;
    const int64_t *lens = lengths.buf;
    Py_ssize_t n_sent = lengths.len / (Py_ssize_t)sizeof(int64_t), total = 0, longest = 0;
    for (Py_ssize_t s = 0; s < n_sent; s++) {
        total += lens[s];
        if (lens[s] > longest)
            longest = lens[s];
    }
    PyObject *result = NULL;
    double *hist = NULL;
    int64_t *back = NULL;
    if (n_labels * n_labels * (Py_ssize_t)sizeof(double) != trans.len || n_labels == 0
            || total * n_labels * (Py_ssize_t)sizeof(double) != em.len
            || total * (Py_ssize_t)sizeof(int64_t) != out.len) {
        PyErr_SetString(PyExc_ValueError, "emissions, lengths, transitions and out do not agree");
        goto done;
    }
    hist = malloc(sizeof(double) * (size_t)(longest * n_labels + 1));
    back = malloc(sizeof(int64_t) * (size_t)(longest * n_labels + 1));
    if (hist == NULL || back == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t at = 0;
    for (Py_ssize_t s = 0; s < n_sent; s++) {
        if (lens[s] > 0)
            viterbi_one((const double *)em.buf + at * n_labels, lens[s], trans.buf, n_labels, hist, back,
                        (int64_t *)out.buf + at);
        at += lens[s];
    }
    result = Py_None;
    Py_INCREF(result);
done:
    free(hist);
    free(back);
    PyBuffer_Release(&em);
    PyBuffer_Release(&lengths);
    PyBuffer_Release(&trans);
    PyBuffer_Release(&out);
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
    PyObject *st_obj, *len_obj, *trans_obj, *out_obj;
    if (!PyArg_ParseTuple(args, "OOOO", &st_obj, &len_obj, &trans_obj, &out_obj))
        return NULL;
    Py_buffer st, lengths, trans, out;
    if (get_buffer(st_obj, &st, sizeof(double), 0, "states") < 0)
        return NULL;
    if (get_buffer(len_obj, &lengths, sizeof(int64_t), 0, "lengths") < 0) {
        PyBuffer_Release(&st);
        return NULL;
    }
    if (get_buffer(trans_obj, &trans, sizeof(double), 0, "transitions") < 0) {
        PyBuffer_Release(&st);
        PyBuffer_Release(&lengths);
        return NULL;
    }
    if (get_buffer(out_obj, &out, sizeof(double), 1, "out") < 0) {
        PyBuffer_Release(&st);
        PyBuffer_Release(&lengths);
        PyBuffer_Release(&trans);
        return NULL;
    }
    Py_ssize_t n_labels = 0;
    while (n_labels * n_labels < trans.len / (Py_ssize_t)sizeof(double))
        n_labels++;
    const int64_t *lens = lengths.buf;
    Py_ssize_t n_sent = lengths.len / (Py_ssize_t)sizeof(int64_t), total = 0, longest = 0;
    for (Py_ssize_t s = 0; s < n_sent; s++) {
        total += lens[s];
        if (lens[s] > longest)
            longest = lens[s];
    }
    PyObject *result = NULL;
    double *scratch = NULL;
    if (n_labels * n_labels * (Py_ssize_t)sizeof(double) != trans.len || n_labels == 0
            || total * n_labels * (Py_ssize_t)sizeof(double) != st.len || st.len != out.len) {
        PyErr_SetString(PyExc_ValueError, "states, lengths, transitions and out do not agree");
        goto done;
    }
    scratch = malloc(sizeof(double) * (size_t)((2 * longest + 1) * n_labels + 1));
    if (scratch == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t at = 0;
    for (Py_ssize_t s = 0; s < n_sent; s++) {
        if (lens[s] > 0)
            marginals_one((const double *)st.buf + at * n_labels, lens[s], trans.buf, n_labels, scratch,
                          scratch + longest * n_labels, scratch + 2 * longest * n_labels,
                          (double *)out.buf + at * n_labels);
        at += lens[s];
    }
    result = Py_None;
    Py_INCREF(result);
done:
    free(scratch);
    PyBuffer_Release(&st);
    PyBuffer_Release(&lengths);
    PyBuffer_Release(&trans);
    PyBuffer_Release(&out);
    return result;
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
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_crfdecode", "Compiled Viterbi and marginals for kabar.ner.decode.",
                                    -1, methods};

PyMODINIT_FUNC PyInit__crfdecode(void) { return PyModule_Create(&module); }
