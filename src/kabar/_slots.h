/* Shared by kabar's compiled token makers (kabar.entities._tokens, kabar.text._tokens): where the
 * object slots of a slotted Python class lie, so a token can be made by filling them directly
 * instead of calling the class. Included by each extension's source (setup.py lists it in depends).
 */
#ifndef KABAR_SLOTS_H
#define KABAR_SLOTS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

/* The offsets of ``cls``'s members ``names[0..n)`` in ``offsets``; -1 with a TypeError set where ``cls`` is no
 * class or one of them is no object slot (a class whose tokens would then be unsafe to fill). */
static int class_slot_offsets(PyObject *cls, const char *const *names, int n, Py_ssize_t *offsets) {
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "the token class must be a class");
        return -1;
    }
    for (int k = 0; k < n; k++) {
        PyObject *descr = PyObject_GetAttrString(cls, names[k]);
        if (descr == NULL)
            return -1;
        const int ok = Py_IS_TYPE(descr, &PyMemberDescr_Type)
                       && ((PyMemberDescrObject *)descr)->d_member->type == T_OBJECT_EX;
        if (ok)
            offsets[k] = ((PyMemberDescrObject *)descr)->d_member->offset;
        Py_DECREF(descr);
        if (!ok) {
            PyErr_Format(PyExc_TypeError, "%s.%s is not an object slot", ((PyTypeObject *)cls)->tp_name, names[k]);
            return -1;
        }
    }
    return 0;
}

#endif
