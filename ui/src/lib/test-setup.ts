// The unit tests read the UI's English, whatever the language of the machine they run on.
import { chooseLanguage } from "./i18n.svelte";

chooseLanguage("en");
