// The utility icons the bench's pages draw, as Salesforce's own icon templates: in place of
// lightning/iconSvgTemplatesUtility, which holds every one (megabytes that the build would compile).
// lwc/build.mjs maps the module here; an icon missing from this list draws as an empty icon.
import utility_add from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/add.html';
import utility_check from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/check.html';
import utility_chevrondown from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/chevrondown.html';
import utility_chevronright from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/chevronright.html';
import utility_close from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/close.html';
import utility_down from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/down.html';
import utility_error from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/error.html';
import utility_info from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/info.html';
import utility_left from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/left.html';
import utility_right from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/right.html';
import utility_search from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/search.html';
import utility_settings from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/settings.html';
import utility_switch from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/switch.html';
import utility_up from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/up.html';
import utility_warning from '../../../../node_modules/lightning-base-components/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility/warning.html';

export default { utility_add, utility_check, utility_chevrondown, utility_chevronright, utility_close, utility_down, utility_error, utility_info, utility_left, utility_right, utility_search, utility_settings, utility_switch, utility_up, utility_warning };
