/* The fields of a NewsML-G2 item that the common view reads, gathered in one C walk of
 * the libxml2 tree lxml has parsed (newsdata/validate/views.py: _item_fields).
 *
 * ``item_fields(element)`` returns exactly the tuple the Python reader ``_item_fields``
 * returns for the same element (tests/test_validate_fast_paths.py compares the two), or
 * None where the Python reader must do it: a document with a DTD (entity references, DTD
 * default attributes) or a node this walk does not know in a text it joins. The Python
 * reader asks lxml for a proxy object per element, a new string per tag and a copy per
 * attribute, ~35 us for an item of 80 elements; this walk compares names in place and
 * makes Python strings only for the values it returns, ~5 us.
 *
 * Each step is the one lxml takes for the Python reader's call, through lxml's public C
 * API (its ``__pyx_capi__`` capsules) where lxml adds behaviour of its own:
 *
 * - ``for child in element``: lxml's findChildForwards / nextElement (elements, comments,
 *   processing instructions and entity references); ``child.tag == "{ns}name"``: an
 *   element node of that namespace and local name (a name holds no "}");
 * - ``element.text``: lxml's textOf;
 * - ``element.get(name)``: libxml2's xmlGetNsProp(node, name, NULL), which lxml calls: the
 *   attribute of that name without a namespace (no DTD defaults: no DTD here), its one
 *   text node's content, "" without one, else lxml's attributeValueFromNsName;
 * - ``element.sourceline``: libxml2's xmlGetLineNo (found in the library lxml loaded),
 *   None unless positive;
 * - ``len(element) == 0``: no element, comment, processing instruction or entity child;
 *   ``"".join(element.itertext())``: every text and CDATA node below, in document order;
 * - ``element.iter(tags)``: element descendants in document order;
 * - ``str.strip()`` and ``" ".join(s.split())``: called on the Python string unless its
 *   ends (and, for the join, its inside) show there is nothing to change.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlfcn.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlversion.h>

/* lxml's public element struct (lxml.etree.h: struct LxmlElement) */
typedef struct {
    PyObject_HEAD
    PyObject *_doc;
    xmlNode *_c_node;
    PyObject *_tag;
} LxmlElement;

static PyObject *(*lxml_text_of)(xmlNode *);
static PyObject *(*lxml_attribute_value)(xmlNode *, const xmlChar *, const xmlChar *);
static xmlNode *(*lxml_first_child)(xmlNode *, Py_ssize_t);
static xmlNode *(*lxml_next_element)(xmlNode *);
static long (*xml_line_no)(const xmlNode *);
static PyTypeObject *element_type;
static PyObject *space, *empty, *strip_name;

static const char NAR[] = "http://iptc.org/std/nar/2006-10-01/";
static const char NITF[] = "http://iptc.org/std/NITF/2006-10-18/";

/* Errors: NULL (or -1) with an exception set. NULL (or -1) with none set: the walk met a
 * node it does not know, and gives way to the Python reader. */

static int is(const xmlNode *node, const char *href, const char *name) {
    return node->type == XML_ELEMENT_NODE && node->ns != NULL && node->ns->href != NULL
           && strcmp((const char *)node->name, name) == 0 && strcmp((const char *)node->ns->href, href) == 0;
}

/* element.sourceline */
static PyObject *line_of(const xmlNode *node) {
    long line = xml_line_no(node);
    if (line > 0)
        return PyLong_FromLong(line);
    Py_RETURN_NONE;
}

/* element.get(name): NULL with an exception, or a new reference (None when absent) */
static PyObject *attribute(xmlNode *node, const char *name) {
    for (xmlAttr *prop = node->properties; prop != NULL; prop = prop->next) {
        if (prop->ns != NULL || strcmp((const char *)prop->name, name) != 0)
            continue;
        xmlNode *value = prop->children;
        if (value == NULL)
            return Py_NewRef(empty);
        if (value->next == NULL && (value->type == XML_TEXT_NODE || value->type == XML_CDATA_SECTION_NODE)
            && value->content != NULL)
            return PyUnicode_DecodeUTF8((const char *)value->content, (Py_ssize_t)strlen((const char *)value->content),
                                        NULL);
        return lxml_attribute_value(node, NULL, (const xmlChar *)name);
    }
    Py_RETURN_NONE;
}

/* element.get(name) in values (a NULL-ended list): 1, 0, or -1 with an exception */
static int attribute_in(xmlNode *node, const char *name, const char *const *values) {
    PyObject *value = attribute(node, name);
    if (value == NULL)
        return -1;
    int found = 0;
    if (value != Py_None)
        for (; *values != NULL && !found; values++)
            found = PyUnicode_CompareWithASCIIString(value, *values) == 0;
    Py_DECREF(value);
    return found;
}

/* text.strip(), stealing the reference to text */
static PyObject *stripped(PyObject *text) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n == 0 || (!Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(text, 0))
                   && !Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(text, n - 1))))
        return text;
    PyObject *result = PyObject_CallMethodNoArgs(text, strip_name);
    Py_DECREF(text);
    return result;
}

/* " ".join(text.split()), stealing the reference to text */
static PyObject *normalized(PyObject *text) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int clean = 1;
    for (Py_ssize_t i = 0; i < n && clean; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISSPACE(ch))
            clean = ch == ' ' && i > 0 && i < n - 1 && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i + 1));
    }
    if (clean)
        return text;
    PyObject *words = PyUnicode_Split(text, NULL, -1);
    Py_DECREF(text);
    if (words == NULL)
        return NULL;
    PyObject *result = PyUnicode_Join(space, words);
    Py_DECREF(words);
    return result;
}

/* _simple_text(element): (element.text or "").strip() */
static PyObject *simple_text(xmlNode *node) {
    PyObject *text = lxml_text_of(node);
    if (text == NULL)
        return NULL;
    if (text == Py_None) {
        Py_DECREF(text);
        return Py_NewRef(empty);
    }
    return stripped(text);
}

/* every text and CDATA node below node, appended to parts in document order */
static int gather_text(const xmlNode *node, PyObject *parts) {
    for (const xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const char *content = c->content != NULL ? (const char *)c->content : "";
            PyObject *s = PyUnicode_DecodeUTF8(content, (Py_ssize_t)strlen(content), NULL);
            if (s == NULL)
                return -1;
            int failed = PyList_Append(parts, s);
            Py_DECREF(s);
            if (failed)
                return -1;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (gather_text(c, parts) < 0)
                return -1;
        } else if (c->type != XML_COMMENT_NODE && c->type != XML_PI_NODE) {
            return -1; /* an entity reference, an XInclude marker: the Python reader's itertext */
        }
    }
    return 0;
}

/* _xml_text(element): the element's text, or all the text below it, white space collapsed */
static PyObject *xml_text(xmlNode *node) {
    int leaf = 1;
    for (const xmlNode *c = node->children; c != NULL && leaf; c = c->next)
        leaf = !(c->type == XML_ELEMENT_NODE || c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE
                 || c->type == XML_ENTITY_REF_NODE);
    PyObject *text;
    if (leaf) {
        text = lxml_text_of(node);
        if (text == NULL)
            return NULL;
        if (text == Py_None) {
            Py_DECREF(text);
            return Py_NewRef(empty);
        }
    } else {
        PyObject *parts = PyList_New(0);
        if (parts == NULL)
            return NULL;
        if (gather_text(node, parts) < 0) {
            Py_DECREF(parts);
            return NULL;
        }
        text = PyUnicode_Join(empty, parts);
        Py_DECREF(parts);
        if (text == NULL)
            return NULL;
    }
    return normalized(text);
}

/* list.append(item), stealing the reference to item (NULL: an error already raised) */
static int push(PyObject *list, PyObject *item) {
    if (item == NULL)
        return -1;
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

static const char *const PICTURE_CLASSES[] = {"ninat:picture", "ninat:graphic", NULL};
static const char *const PARTICIPANT_TYPES[] = {"cpnat:person", "cpnat:organisation", "cpnat:organization", NULL};
static const char *const IMAGE[] = {"image", NULL};

/* a timestamp: its name, text and line */
static int push_stamp(PyObject *stamps, xmlNode *node) {
    if (push(stamps, PyUnicode_FromString((const char *)node->name)) < 0 || push(stamps, simple_text(node)) < 0)
        return -1;
    return push(stamps, line_of(node));
}

/* the quotes and images of the last contentSet: content_set.iter(q, bq, media) */
static int walk_content(const xmlNode *node, PyObject *quotes, PyObject *media) {
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, NITF, "q") || is(c, NITF, "bq")) {
            PyObject *speaker = attribute(c, "quote-source");
            if (speaker == NULL)
                return -1;
            if (speaker != Py_None && PyUnicode_GET_LENGTH(speaker) > 0) {
                if (push(quotes, line_of(c)) < 0) {
                    Py_DECREF(speaker);
                    return -1;
                }
                if (push(quotes, speaker) < 0)
                    return -1;
            } else {
                Py_DECREF(speaker);
            }
        } else if (is(c, NITF, "media")) {
            int image = attribute_in(c, "media-type", IMAGE);
            if (image < 0)
                return -1;
            if (image) {
                if (push(media, line_of(c)) < 0)
                    return -1;
                PyObject *credit = NULL;
                for (xmlNode *p = c->children; p != NULL && credit == NULL; p = p->next)
                    if (is(p, NITF, "media-producer") && (credit = xml_text(p)) == NULL)
                        return -1;
                if (push(media, credit != NULL ? credit : Py_NewRef(empty)) < 0)
                    return -1;
            }
        }
        if (walk_content(c, quotes, media) < 0)
            return -1;
    }
    return 0;
}

static PyObject *item_fields(PyObject *module, PyObject *arg) {
    if (!PyObject_TypeCheck(arg, element_type)) {
        PyErr_SetString(PyExc_TypeError, "item_fields() takes an lxml element");
        return NULL;
    }
    xmlNode *item = ((LxmlElement *)arg)->_c_node;
    if (item == NULL || item->type != XML_ELEMENT_NODE || item->doc == NULL || item->doc->intSubset != NULL
        || item->doc->extSubset != NULL)
        Py_RETURN_NONE;
    PyObject *guid = NULL, *version = NULL, *line = NULL, *result = NULL;
    PyObject *headline = Py_NewRef(Py_None), *credit = Py_NewRef(Py_None);
    PyObject *stamps = PyList_New(0), *ids = PyList_New(0), *names = PyList_New(0);
    PyObject *quotes = PyList_New(0), *media = PyList_New(0);
    int picture = 0;
    xmlNode *content_set = NULL;
    if (stamps == NULL || ids == NULL || names == NULL || quotes == NULL || media == NULL)
        goto done;
    if ((guid = attribute(item, "guid")) == NULL || (version = attribute(item, "version")) == NULL
        || (line = line_of(item)) == NULL)
        goto done;
    for (xmlNode *part = lxml_first_child(item, 0); part != NULL; part = lxml_next_element(part)) {
        if (is(part, NAR, "itemMeta")) {
            for (xmlNode *c = lxml_first_child(part, 0); c != NULL; c = lxml_next_element(c)) {
                if (is(c, NAR, "versionCreated") || is(c, NAR, "firstCreated")) {
                    if (push_stamp(stamps, c) < 0)
                        goto done;
                } else if (is(c, NAR, "itemClass")) {
                    if ((picture = attribute_in(c, "qcode", PICTURE_CLASSES)) < 0)
                        goto done;
                }
            }
        } else if (is(part, NAR, "contentMeta")) {
            for (xmlNode *c = lxml_first_child(part, 0); c != NULL; c = lxml_next_element(c)) {
                if (is(c, NAR, "subject")) {
                    int participant = attribute_in(c, "type", PARTICIPANT_TYPES);
                    if (participant < 0)
                        goto done;
                    if (!participant)
                        continue;
                    PyObject *qcode = attribute(c, "qcode");
                    if (qcode == NULL)
                        goto done;
                    if (qcode != Py_None && PyUnicode_GET_LENGTH(qcode) > 0) {
                        if (push(ids, qcode) < 0)
                            goto done;
                    } else {
                        Py_DECREF(qcode);
                    }
                    for (xmlNode *n = lxml_first_child(c, 0); n != NULL; n = lxml_next_element(n))
                        if (is(n, NAR, "name") && push(names, simple_text(n)) < 0)
                            goto done;
                } else if (is(c, NAR, "contentCreated") || is(c, NAR, "contentModified")) {
                    if (push_stamp(stamps, c) < 0)
                        goto done;
                } else if (is(c, NAR, "headline")) {
                    if (headline == Py_None) {
                        PyObject *text = xml_text(c), *where = NULL;
                        if (text == NULL || (where = line_of(c)) == NULL) {
                            Py_XDECREF(text);
                            goto done;
                        }
                        Py_DECREF(headline);
                        headline = PyTuple_Pack(2, text, where);
                        Py_DECREF(text);
                        Py_DECREF(where);
                        if (headline == NULL)
                            goto done;
                    }
                } else if (is(c, NAR, "creditline")) {
                    if (credit == Py_None) {
                        PyObject *text = xml_text(c);
                        if (text == NULL)
                            goto done;
                        if (PyUnicode_GET_LENGTH(text) > 0) {
                            Py_DECREF(credit);
                            credit = text;
                        } else {
                            Py_DECREF(text);
                        }
                    }
                }
            }
        } else if (is(part, NAR, "contentSet")) {
            content_set = part;
        }
    }
    if (content_set != NULL && walk_content(content_set, quotes, media) < 0)
        goto done;
    result = PyTuple_Pack(11, guid, version, line, stamps, picture ? Py_True : Py_False, ids, names, headline, credit,
                          quotes, media);
done:
    Py_XDECREF(guid);
    Py_XDECREF(version);
    Py_XDECREF(line);
    Py_XDECREF(stamps);
    Py_XDECREF(ids);
    Py_XDECREF(names);
    Py_XDECREF(headline);
    Py_XDECREF(credit);
    Py_XDECREF(quotes);
    Py_XDECREF(media);
    if (result == NULL && !PyErr_Occurred())
        Py_RETURN_NONE;
    return result;
}

/* ------------------------------------------------------------------ the view -- */

/* The classes of newsdata.validate.view, given by configure(); DocumentView is built by
 * calling it, the others as their own constructors build them (what object.__new__ and
 * object.__setattr__ do for Place.of_line and the frozen dataclasses' __init__). */
static PyTypeObject *view_class, *value_class, *place_class, *image_class, *quote_class;
static PyObject *xml_line; /* view._XML_LINE, the lazy "line N" of Place.of_line */
static PyObject *n_where, *n_parts, *n_line, *n_text, *n_field, *n_place, *n_credit, *n_label, *n_speaker,
    *n_speaker_id, *n_id, *n_version, *n_headline, *n_timestamps, *n_ordered, *n_images, *n_participant_ids,
    *n_participant_names, *n_quotes, *s_newsml, *s_guid, *s_headline, *s_picture_item, *s_nitf_media,
    *s_first_created, *s_version_created, *s_content_created, *s_content_modified;

/* an instance of cls with the given attributes, as object.__new__ then object.__setattr__ */
static PyObject *build(PyTypeObject *cls, int n, PyObject *const *names, PyObject *const *values) {
    PyObject *obj = cls->tp_alloc(cls, 0);
    if (obj == NULL)
        return NULL;
    for (int i = 0; i < n; i++)
        if (values[i] == NULL || PyObject_GenericSetAttr(obj, names[i], values[i]) < 0) {
            Py_DECREF(obj);
            return NULL;
        }
    return obj;
}

/* Place.of_line(line) */
static PyObject *line_place(PyObject *line) {
    PyObject *names[] = {n_where, n_parts, n_line}, *values[] = {Py_None, xml_line, line};
    return build(place_class, 3, names, values);
}

/* Value(text, field, place), stealing the reference to place */
static PyObject *value(PyObject *text, PyObject *field, PyObject *place) {
    PyObject *names[] = {n_text, n_field, n_place}, *values[] = {text, field, place};
    PyObject *result = place != NULL ? build(value_class, 3, names, values) : NULL;
    Py_XDECREF(place);
    return result;
}

/* Image(place, credit, label), QuoteRef(place, speaker, None): stealing place */
static PyObject *image(PyObject *place, PyObject *credit, PyObject *label) {
    PyObject *names[] = {n_place, n_credit, n_label}, *values[] = {place, credit, label};
    PyObject *result = place != NULL ? build(image_class, 3, names, values) : NULL;
    Py_XDECREF(place);
    return result;
}

static PyObject *quote(PyObject *place, PyObject *speaker) {
    PyObject *names[] = {n_place, n_speaker, n_speaker_id}, *values[] = {place, speaker, Py_None};
    PyObject *result = place != NULL ? build(quote_class, 3, names, values) : NULL;
    Py_XDECREF(place);
    return result;
}

static int set_attribute(PyObject *obj, PyObject *name, PyObject *item) {
    if (item == NULL)
        return -1;
    int failed = PyObject_SetAttr(obj, name, item);
    Py_DECREF(item);
    return failed;
}

/* (stamps[a], stamps[b]) appended to ordered when both are there */
static int push_pair(PyObject *ordered, PyObject *stamps, PyObject *a, PyObject *b) {
    PyObject *earlier = PyDict_GetItemWithError(stamps, a), *later;
    if (earlier == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if ((later = PyDict_GetItemWithError(stamps, b)) == NULL)
        return PyErr_Occurred() ? -1 : 0;
    return push(ordered, PyTuple_Pack(2, earlier, later));
}

static int add_all(PyObject *target, PyObject *items) {
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++)
        if (PySet_Add(target, PyList_GET_ITEM(items, i)) < 0)
            return -1;
    return 0;
}

/* views._item_view(fields), for the tuple item_fields gives */
static PyObject *view_of(PyObject *fields) {
    PyObject *guid = PyTuple_GET_ITEM(fields, 0), *version = PyTuple_GET_ITEM(fields, 1);
    PyObject *line = PyTuple_GET_ITEM(fields, 2), *stamp_fields = PyTuple_GET_ITEM(fields, 3);
    int picture = PyTuple_GET_ITEM(fields, 4) == Py_True;
    PyObject *ids = PyTuple_GET_ITEM(fields, 5), *names = PyTuple_GET_ITEM(fields, 6);
    PyObject *headline = PyTuple_GET_ITEM(fields, 7), *credit = PyTuple_GET_ITEM(fields, 8);
    PyObject *quotes = PyTuple_GET_ITEM(fields, 9), *media = PyTuple_GET_ITEM(fields, 10);
    PyObject *place = NULL, *view = NULL, *stamps = NULL, *list = NULL, *result = NULL;
    if ((place = line_place(line)) == NULL)
        goto done;
    if ((view = PyObject_CallFunctionObjArgs((PyObject *)view_class, s_newsml, place, NULL)) == NULL)
        goto done;
    if (guid != Py_None && set_attribute(view, n_id, value(guid, s_guid, Py_NewRef(place))) < 0)
        goto done;
    if (PyObject_SetAttr(view, n_version, version) < 0 || (stamps = PyDict_New()) == NULL)
        goto done;
    for (Py_ssize_t i = 0; i + 2 < PyList_GET_SIZE(stamp_fields); i += 3) {
        PyObject *name = PyList_GET_ITEM(stamp_fields, i);
        PyObject *stamp = value(PyList_GET_ITEM(stamp_fields, i + 1), name,
                                line_place(PyList_GET_ITEM(stamp_fields, i + 2)));
        if (stamp == NULL)
            goto done;
        int failed = PyDict_SetItem(stamps, name, stamp);
        Py_DECREF(stamp);
        if (failed)
            goto done;
    }
    if (set_attribute(view, n_timestamps, PyDict_Values(stamps)) < 0 || (list = PyList_New(0)) == NULL)
        goto done;
    if (push_pair(list, stamps, s_first_created, s_version_created) < 0
        || push_pair(list, stamps, s_content_created, s_content_modified) < 0)
        goto done;
    if (PyObject_SetAttr(view, n_ordered, list) < 0)
        goto done;
    Py_CLEAR(list);
    if (headline != Py_None
        && set_attribute(view, n_headline,
                         value(PyTuple_GET_ITEM(headline, 0), s_headline, line_place(PyTuple_GET_ITEM(headline, 1))))
               < 0)
        goto done;
    if ((list = PyObject_GetAttr(view, n_participant_ids)) == NULL || add_all(list, ids) < 0)
        goto done;
    Py_CLEAR(list);
    if ((list = PyObject_GetAttr(view, n_participant_names)) == NULL || add_all(list, names) < 0)
        goto done;
    Py_CLEAR(list);
    if ((list = PyObject_GetAttr(view, n_images)) == NULL)
        goto done;
    if (picture && push(list, image(Py_NewRef(place), credit, s_picture_item)) < 0)
        goto done;
    for (Py_ssize_t i = 0; i + 1 < PyList_GET_SIZE(media); i += 2) {
        PyObject *producer = PyList_GET_ITEM(media, i + 1);
        PyObject *given = PyUnicode_GET_LENGTH(producer) > 0 ? producer : Py_None; /* credit or None */
        if (push(list, image(line_place(PyList_GET_ITEM(media, i)), given, s_nitf_media)) < 0)
            goto done;
    }
    Py_CLEAR(list);
    if ((list = PyObject_GetAttr(view, n_quotes)) == NULL)
        goto done;
    for (Py_ssize_t i = 0; i + 1 < PyList_GET_SIZE(quotes); i += 2)
        if (push(list, quote(line_place(PyList_GET_ITEM(quotes, i)), PyList_GET_ITEM(quotes, i + 1))) < 0)
            goto done;
    result = Py_NewRef(view);
done:
    Py_XDECREF(place);
    Py_XDECREF(view);
    Py_XDECREF(stamps);
    Py_XDECREF(list);
    return result;
}

static PyObject *item_view(PyObject *module, PyObject *arg) {
    if (view_class == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "item_view() before configure()");
        return NULL;
    }
    PyObject *fields = item_fields(module, arg);
    if (fields == NULL || fields == Py_None)
        return fields;
    PyObject *view = view_of(fields);
    Py_DECREF(fields);
    return view;
}

static int take_class(PyObject *given, PyTypeObject **target, int plain) {
    if (!PyType_Check(given)) {
        PyErr_SetString(PyExc_TypeError, "configure() takes the view classes");
        return -1;
    }
    PyTypeObject *cls = (PyTypeObject *)given;
    if (plain && cls->tp_new != PyBaseObject_Type.tp_new) {
        PyErr_Format(PyExc_TypeError, "%s has a __new__ of its own", cls->tp_name);
        return -1;
    }
    Py_XSETREF(*target, (PyTypeObject *)Py_NewRef(given));
    return 0;
}

static PyObject *configure(PyObject *module, PyObject *args) {
    PyObject *view, *val, *place, *img, *quo, *marker;
    if (!PyArg_ParseTuple(args, "OOOOOO:configure", &view, &val, &place, &img, &quo, &marker))
        return NULL;
    if (take_class(view, &view_class, 0) < 0 || take_class(val, &value_class, 1) < 0
        || take_class(place, &place_class, 1) < 0 || take_class(img, &image_class, 1) < 0
        || take_class(quo, &quote_class, 1) < 0)
        return NULL;
    Py_XSETREF(xml_line, Py_NewRef(marker));
    Py_RETURN_NONE;
}

static int intern_names(void) {
    struct {
        PyObject **target;
        const char *text;
    } names[] = {
        {&n_where, "_where"},
        {&n_parts, "_parts"},
        {&n_line, "line"},
        {&n_text, "text"},
        {&n_field, "field"},
        {&n_place, "place"},
        {&n_credit, "credit"},
        {&n_label, "label"},
        {&n_speaker, "speaker"},
        {&n_speaker_id, "speaker_id"},
        {&n_id, "id"},
        {&n_version, "version"},
        {&n_headline, "headline"},
        {&n_timestamps, "timestamps"},
        {&n_ordered, "ordered"},
        {&n_images, "images"},
        {&n_participant_ids, "participant_ids"},
        {&n_participant_names, "participant_names"},
        {&n_quotes, "quotes"},
        {&s_newsml, "newsml"},
        {&s_guid, "guid"},
        {&s_headline, "headline"},
        {&s_picture_item, "picture item"},
        {&s_nitf_media, "NITF media"},
        {&s_first_created, "firstCreated"},
        {&s_version_created, "versionCreated"},
        {&s_content_created, "contentCreated"},
        {&s_content_modified, "contentModified"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if ((*names[i].target = PyUnicode_InternFromString(names[i].text)) == NULL)
            return -1;
    return 0;
}

static int import_lxml_function(PyObject *capi, const char *name, const char *signature, void **target) {
    PyObject *capsule = PyDict_GetItemString(capi, name);
    if (capsule == NULL || !PyCapsule_IsValid(capsule, signature)) {
        PyErr_Format(PyExc_ImportError, "lxml.etree exports no C function %s with signature %s", name, signature);
        return -1;
    }
    *target = PyCapsule_GetPointer(capsule, signature);
    return *target == NULL ? -1 : 0;
}

static int setup(void) {
    int failed = -1;
    PyObject *etree = PyImport_ImportModule("lxml.etree"), *capi = NULL, *path = NULL, *version = NULL;
    if (etree == NULL)
        return -1;
    if ((capi = PyObject_GetAttrString(etree, "__pyx_capi__")) == NULL
        || (path = PyObject_GetAttrString(etree, "__file__")) == NULL
        || (element_type = (PyTypeObject *)PyObject_GetAttrString(etree, "_Element")) == NULL)
        goto done;
    if (!PyType_Check(element_type) || !PyDict_Check(capi) || !PyUnicode_Check(path)) {
        PyErr_SetString(PyExc_ImportError, "not the lxml.etree this module knows");
        goto done;
    }
    /* the tree's structs as compiled here (libxml2's public ABI, stable within a major version) */
    if ((version = PyObject_GetAttrString(etree, "LIBXML_VERSION")) == NULL || !PyTuple_Check(version)
        || PyTuple_GET_SIZE(version) < 1 || PyLong_AsLong(PyTuple_GET_ITEM(version, 0)) != LIBXML_VERSION / 10000) {
        PyErr_Clear();
        PyErr_SetString(PyExc_ImportError, "lxml.etree runs another major version of libxml2 than this was built for");
        goto done;
    }
    if (import_lxml_function(capi, "textOf", "PyObject *(xmlNode *)", (void **)&lxml_text_of) < 0
        || import_lxml_function(capi, "attributeValueFromNsName",
                                "PyObject *(xmlNode *, const xmlChar *, const xmlChar *)",
                                (void **)&lxml_attribute_value) < 0
        || import_lxml_function(capi, "findChildForwards", "xmlNode *(xmlNode *, Py_ssize_t)",
                                (void **)&lxml_first_child) < 0
        || import_lxml_function(capi, "nextElement", "xmlNode *(xmlNode *)", (void **)&lxml_next_element) < 0)
        goto done;
    /* libxml2 as lxml loaded it: linked into lxml.etree, or a library lxml.etree depends on */
    void *library = dlopen(PyUnicode_AsUTF8(path), RTLD_LAZY | RTLD_NOLOAD);
    if (library == NULL || (*(void **)&xml_line_no = dlsym(library, "xmlGetLineNo")) == NULL) {
        PyErr_SetString(PyExc_ImportError, "libxml2's xmlGetLineNo is not reachable from lxml.etree");
        goto done;
    }
    if ((space = PyUnicode_InternFromString(" ")) == NULL || (empty = PyUnicode_InternFromString("")) == NULL
        || (strip_name = PyUnicode_InternFromString("strip")) == NULL || intern_names() < 0)
        goto done;
    failed = 0;
done:
    Py_DECREF(etree);
    Py_XDECREF(capi);
    Py_XDECREF(path);
    Py_XDECREF(version);
    return failed;
}

static PyMethodDef methods[] = {
    {"item_fields", item_fields, METH_O,
     "item_fields(element) -> tuple | None: what views._item_fields reads of a NewsML-G2 item"},
    {"item_view", item_view, METH_O,
     "item_view(element) -> DocumentView | None: views._item_view(item_fields(element))"},
    {"configure", configure, METH_VARARGS,
     "configure(DocumentView, Value, Place, Image, QuoteRef, _XML_LINE): the classes item_view builds"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "newsdata.validate._xmlview", NULL, -1, methods};

PyMODINIT_FUNC PyInit__xmlview(void) {
    if (setup() < 0) {
        /* whatever went wrong, an ImportError: the caller then runs the Python reader */
        if (!PyErr_ExceptionMatches(PyExc_ImportError)) {
            PyObject *type, *value, *traceback;
            PyErr_Fetch(&type, &value, &traceback);
            PyErr_NormalizeException(&type, &value, &traceback);
            PyErr_Format(PyExc_ImportError, "newsdata.validate._xmlview cannot use this lxml: %S", value);
            Py_XDECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(traceback);
        }
        return NULL;
    }
    return PyModule_Create(&module);
}
