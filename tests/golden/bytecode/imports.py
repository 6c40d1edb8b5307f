# Imports: level, fromlist, dotted names, `as`, and *.
import os
import os.path
import xml.etree.ElementTree as ET
from . import sibling
from ..parent import name as alias, other
from module import *
