/* Compiled fast paths of the model field getters (see _model.py: _getter_for, _compiled).

A field read in pure Python costs a Python frame entered from C (property -> getter), which is
most of what reading a whole deployment costs. A Getter does the common cases in C: a value
JSON gives in final form, an optional field left out, a cached value, a nested model or list of
models to wrap. Everything else (null or missing required fields, wrong types, subclasses, errors
and their paths) goes to the field's Python getter, so behaviour is that getter's, exactly.
Optional: without a compiler, or with ECE_CLIENT_NO_EXTENSIONS=1, the Python getters run alone.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

/* SCALAR: one exact type; NUMBER: int or float; ENUM: a str in the enum's value map; MODEL,
MODEL_LIST: wrapped, then cached; DATETIME: decoded by Python on every read (as its Python getter
does); CACHED (any other kind): decoded by Python, then cached. */
enum kind { SCALAR, NUMBER, ENUM, MODEL, MODEL_LIST, DATETIME, CACHED };

/* Set once by configure(): the Model base, its slots' offsets, and UNSET. */
static PyTypeObject *model_type = NULL;
static Py_ssize_t data_offset, cache_offset, location_offset;
static PyObject *unset = NULL;

typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    int kind;
    int required;
    PyObject *key;     /* the JSON key */
    PyObject *exact;   /* SCALAR: the one type a value passes as it is */
    PyObject *resolve; /* ENUM, MODEL, MODEL_LIST: () -> the enum or model class */
    PyObject *target;  /* resolved on first use: the enum's value map, or the model class */
    PyObject *python;  /* the field's Python getter: everything the fast paths leave */
} Getter;

#define SLOT(obj, offset) (*(PyObject **)((char *)(obj) + (offset)))

static int
resolve_target(Getter *self)
{
    PyObject *cls = PyObject_CallNoArgs(self->resolve);
    if (cls == NULL)
        return -1;
    if (self->kind == ENUM) {
        PyObject *members = PyObject_GetAttrString(cls, "_value2member_map_");
        Py_DECREF(cls);
        if (members == NULL)
            return -1;
        if (!PyDict_CheckExact(members)) {
            Py_DECREF(members);
            PyErr_SetString(PyExc_TypeError, "an enum's _value2member_map_ is not a dict");
            return -1;
        }
        Py_XSETREF(self->target, members); /* two threads may both have resolved it */
        return 0;
    }
    if (!PyType_Check(cls) || !PyType_IsSubtype((PyTypeObject *)cls, model_type)) {
        Py_DECREF(cls);
        PyErr_SetString(PyExc_TypeError, "a model field resolved to something that is not a Model class");
        return -1;
    }
    Py_XSETREF(self->target, cls);
    return 0;
}

/* A model over one JSON object, as Model._wrap makes it: its data, an empty cache, its location. */
static PyObject *
wrap(PyTypeObject *cls, PyObject *data, PyObject *parent, PyObject *key, PyObject *index)
{
    PyObject *cache = PyDict_New();
    if (cache == NULL)
        return NULL;
    PyObject *location = PyTuple_Pack(3, parent, key, index);
    if (location == NULL) {
        Py_DECREF(cache);
        return NULL;
    }
    PyObject *value = cls->tp_alloc(cls, 0);
    if (value == NULL) {
        Py_DECREF(cache);
        Py_DECREF(location);
        return NULL;
    }
    SLOT(value, data_offset) = Py_NewRef(data);
    SLOT(value, cache_offset) = cache;
    SLOT(value, location_offset) = location;
    return value;
}

/* The reads below hold their own references to everything they read (the model's data, cache and
location, the raw value, list items, the target class): resolving a class runs Python code (an
import), and so can making any object (a garbage collection runs finalizers), which must not be
able to free what they are reading. */

static PyObject *
read_model(Getter *self, PyObject *instance, PyObject *raw, PyObject *cache)
{
    if (self->target == NULL && resolve_target(self) < 0)
        return NULL;
    PyObject *parent = Py_XNewRef(SLOT(instance, location_offset));
    if (parent == NULL)
        return PyObject_CallOneArg(self->python, instance);
    PyObject *target = Py_NewRef(self->target);
    PyObject *value = wrap((PyTypeObject *)target, raw, parent, self->key, Py_None);
    Py_DECREF(target);
    Py_DECREF(parent);
    if (value == NULL || PyDict_SetItem(cache, self->key, value) < 0) {
        Py_XDECREF(value);
        return NULL;
    }
    return value;
}

static PyObject *
read_model_list(Getter *self, PyObject *instance, PyObject *raw, PyObject *cache)
{
    if (PyList_GET_SIZE(raw) && self->target == NULL && resolve_target(self) < 0) /* [] imports nothing */
        return NULL;
    PyObject *parent = Py_XNewRef(SLOT(instance, location_offset));
    if (parent == NULL)
        return PyObject_CallOneArg(self->python, instance);
    PyObject *target = Py_XNewRef(self->target);
    PyObject *values = PyList_New(0);
    PyObject *result = NULL;
    if (values == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(raw); i++) { /* the list as it is now, as Python's loop */
        PyObject *item = Py_NewRef(PyList_GET_ITEM(raw, i));
        if (!PyDict_CheckExact(item) || target == NULL) {
            Py_DECREF(item);
            result = PyObject_CallOneArg(self->python, instance); /* raises, with the item's path */
            goto done;
        }
        PyObject *index = PyLong_FromSsize_t(i);
        PyObject *value = index ? wrap((PyTypeObject *)target, item, parent, self->key, index) : NULL;
        Py_XDECREF(index);
        Py_DECREF(item);
        if (value == NULL)
            goto done;
        int appended = PyList_Append(values, value);
        Py_DECREF(value);
        if (appended < 0)
            goto done;
    }
    if (PyDict_SetItem(cache, self->key, values) == 0)
        result = Py_NewRef(values);
done:
    Py_XDECREF(values);
    Py_XDECREF(target);
    Py_DECREF(parent);
    return result;
}

/* The fast paths; NULL without an error set: the Python getter decides. */
static PyObject *
fast_read(Getter *self, PyObject *instance, PyObject *raw, PyObject *cache)
{
    PyTypeObject *type = Py_TYPE(raw);
    switch (self->kind) {
    case SCALAR:
        return (PyObject *)type == self->exact ? Py_NewRef(raw) : NULL; /* a bool is not an int: its type is bool */
    case NUMBER:
        return type == &PyFloat_Type || type == &PyLong_Type ? Py_NewRef(raw) : NULL;
    case ENUM:
        if (type != &PyUnicode_Type || (self->target == NULL && resolve_target(self) < 0))
            return NULL;
        return Py_XNewRef(PyDict_GetItemWithError(self->target, raw)); /* an unknown value: Python's */
    case DATETIME:
        return NULL;
    default: { /* MODEL, MODEL_LIST, CACHED: decoded once, then kept in the model's cache */
        PyObject *cached = PyDict_GetItemWithError(cache, self->key);
        if (cached != NULL || PyErr_Occurred())
            return Py_XNewRef(cached);
        if (self->kind == MODEL && type == &PyDict_Type)
            return read_model(self, instance, raw, cache);
        if (self->kind == MODEL_LIST && type == &PyList_Type)
            return read_model_list(self, instance, raw, cache);
        return NULL;
    }
    }
}

/* An optional field that is null or missing: UNSET, unless a value written through another model
over the same data is cached (the Python getters of cached kinds look in the cache first). */
static PyObject *
read_unset(Getter *self, PyObject *cache)
{
    if (self->kind == CACHED) {
        PyObject *cached = PyDict_GetItemWithError(cache, self->key);
        if (cached != NULL || PyErr_Occurred())
            return Py_XNewRef(cached);
    }
    return Py_NewRef(unset);
}

static PyObject *
getter_read(Getter *self, PyObject *instance)
{
    if (!PyObject_TypeCheck(instance, model_type))
        return PyObject_CallOneArg(self->python, instance);
    PyObject *data = SLOT(instance, data_offset);
    PyObject *cache = SLOT(instance, cache_offset);
    if (data == NULL || cache == NULL || !PyDict_CheckExact(data) || !PyDict_CheckExact(cache))
        return PyObject_CallOneArg(self->python, instance); /* not set up as a model is: its own error */
    PyObject *raw = Py_XNewRef(PyDict_GetItemWithError(data, self->key));
    if (raw == NULL && PyErr_Occurred())
        return NULL;
    if ((raw == NULL || raw == Py_None) && self->required) {
        Py_XDECREF(raw);
        return PyObject_CallOneArg(self->python, instance); /* MissingFieldError, or [] for a null list */
    }
    Py_INCREF(cache);
    PyObject *result = raw == NULL || raw == Py_None ? read_unset(self, cache) : fast_read(self, instance, raw, cache);
    Py_DECREF(cache);
    Py_XDECREF(raw);
    if (result != NULL || PyErr_Occurred())
        return result;
    return PyObject_CallOneArg(self->python, instance);
}

static PyObject *
getter_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (((Getter *)self)->python == NULL) { /* cleared by the garbage collector, called by a finalizer */
        PyErr_SetString(PyExc_ReferenceError, "the field's getter was cleared with its model class");
        return NULL;
    }
    if (PyVectorcall_NARGS(nargsf) != 1 || kwnames != NULL || model_type == NULL)
        return PyObject_Vectorcall(((Getter *)self)->python, args, nargsf, kwnames);
    return getter_read((Getter *)self, args[0]);
}

static PyObject *
getter_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"kind", "key", "required", "exact", "resolve", "python", NULL};
    int kind, required;
    PyObject *key, *exact, *resolve, *python;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "iUpOOO:Getter", names, &kind, &key, &required, &exact, &resolve,
                                     &python))
        return NULL;
    if (kind < SCALAR || kind > CACHED) {
        PyErr_Format(PyExc_ValueError, "unknown getter kind %d", kind);
        return NULL;
    }
    if (kind == SCALAR && !PyType_Check(exact)) {
        PyErr_SetString(PyExc_TypeError, "a scalar getter needs the exact type of its values");
        return NULL;
    }
    if ((kind == ENUM || kind == MODEL || kind == MODEL_LIST) && !PyCallable_Check(resolve)) {
        PyErr_SetString(PyExc_TypeError, "an enum or model getter needs a callable that resolves its class");
        return NULL;
    }
    if (!PyCallable_Check(python)) {
        PyErr_SetString(PyExc_TypeError, "a getter needs the field's Python getter");
        return NULL;
    }
    Getter *self = (Getter *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->vectorcall = getter_vectorcall;
    self->kind = kind;
    self->required = required;
    self->key = Py_NewRef(key);
    self->exact = Py_NewRef(exact);
    self->resolve = Py_NewRef(resolve);
    self->target = NULL;
    self->python = Py_NewRef(python);
    return (PyObject *)self;
}

static int
getter_traverse(Getter *self, visitproc visit, void *arg)
{
    Py_VISIT(self->key);
    Py_VISIT(self->exact);
    Py_VISIT(self->resolve);
    Py_VISIT(self->target);
    Py_VISIT(self->python);
    return 0;
}

static int
getter_clear(Getter *self)
{
    Py_CLEAR(self->key);
    Py_CLEAR(self->exact);
    Py_CLEAR(self->resolve);
    Py_CLEAR(self->target);
    Py_CLEAR(self->python);
    return 0;
}

static void
getter_dealloc(Getter *self)
{
    PyObject_GC_UnTrack(self);
    getter_clear(self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
getter_repr(Getter *self)
{
    return PyUnicode_FromFormat("<compiled getter of %R>", self->key);
}

static PyObject *
getter_get_python(Getter *self, void *closure)
{
    return Py_NewRef(self->python);
}

static PyGetSetDef getter_getset[] = {
    {"python", (getter)getter_get_python, NULL, "The field's Python getter (what the fast paths leave).", NULL},
    {NULL},
};

static PyTypeObject GetterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ece_client._speedups.Getter",

    .tp_basicsize = sizeof(Getter),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(Getter, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_new = getter_new,
    .tp_traverse = (traverseproc)getter_traverse,
    .tp_clear = (inquiry)getter_clear,
    .tp_dealloc = (destructor)getter_dealloc,
    .tp_repr = (reprfunc)getter_repr,
    .tp_getset = getter_getset,
};

static int
slot_offset(PyTypeObject *cls, const char *name, Py_ssize_t *offset)
{
    PyObject *descr = PyDict_GetItemString(cls->tp_dict, name); /* borrowed */
    if (descr == NULL || !Py_IS_TYPE(descr, &PyMemberDescr_Type)) {
        PyErr_Format(PyExc_TypeError, "%s has no slot %s", cls->tp_name, name);
        return -1;
    }
    PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
    if (member->type != T_OBJECT_EX) {
        PyErr_Format(PyExc_TypeError, "%s.%s is not an object slot", cls->tp_name, name);
        return -1;
    }
    *offset = member->offset;
    return 0;
}

static PyObject *
configure(PyObject *module, PyObject *args)
{
    PyObject *cls, *unset_value;
    if (!PyArg_ParseTuple(args, "O!O:configure", &PyType_Type, &cls, &unset_value))
        return NULL;
    Py_ssize_t data, cache, location;
    if (slot_offset((PyTypeObject *)cls, "_data", &data) < 0 || slot_offset((PyTypeObject *)cls, "_cache", &cache) < 0 ||
        slot_offset((PyTypeObject *)cls, "_location", &location) < 0)
        return NULL;
    Py_XSETREF(model_type, (PyTypeObject *)Py_NewRef(cls));
    Py_XSETREF(unset, Py_NewRef(unset_value));
    data_offset = data;
    cache_offset = cache;
    location_offset = location;
    Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"configure", configure, METH_VARARGS, "configure(Model, UNSET): the model base whose slots the getters read."},
    {NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "ece_client._speedups",
    .m_doc = "Compiled fast paths of the model field getters (optional; see ece_client._model).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    if (PyType_Ready(&GetterType) < 0)
        return NULL;
    PyObject *module = PyModule_Create(&module_def);
    if (module == NULL)
        return NULL;
    if (PyModule_AddObjectRef(module, "Getter", (PyObject *)&GetterType) < 0 ||
        PyModule_AddIntConstant(module, "SCALAR", SCALAR) < 0 || PyModule_AddIntConstant(module, "NUMBER", NUMBER) < 0 ||
        PyModule_AddIntConstant(module, "ENUM", ENUM) < 0 || PyModule_AddIntConstant(module, "MODEL", MODEL) < 0 ||
        PyModule_AddIntConstant(module, "MODEL_LIST", MODEL_LIST) < 0 ||
        PyModule_AddIntConstant(module, "DATETIME", DATETIME) < 0 || PyModule_AddIntConstant(module, "CACHED", CACHED) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
