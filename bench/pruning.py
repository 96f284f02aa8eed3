def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


qdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


;def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


+def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


/def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


zdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


qdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


3def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


>def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


qdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


zdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


<def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


%def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


2def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


/def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


*def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


3def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


6def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


1def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


0def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


/def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


!def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


zdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


zdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


;def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


#def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


;def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


>def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


[def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


vdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


]def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


>def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


`def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


jdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


jdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


+def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


?def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ydef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


>def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


:def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


-def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


bdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


jdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


kdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


Pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


idef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


?def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


=def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


{def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


gdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


(def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


wdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


adef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


pdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


,def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


?def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


'def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


}def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


odef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


mdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


 def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


xdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


fdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


_def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


tdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ndef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


.def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


cdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


hdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ddef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


udef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


ldef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


edef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


rdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


sdef pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


"def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


)def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"



def pruner_settings(epochs: int) -> str:
    """The default (median) pruner as textclf-tune makes it."""
    return describe_pruner("median", epochs) + " from textclf_tune.schedulers"


