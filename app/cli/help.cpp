#include "commands.h"

namespace shuzai::cli {

QString helpText()
{
    return Cli::tr(
        "Usage: shuzai-cli [--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND [ARGS]\n"
        "\n"
        "Global options (before or after the command):\n"
        "  --db PATH      open this database file (default: %1)\n"
        "  --json         print machine-readable UTF-8 JSON\n"
        "  --as USER      act as this user (see: user list)\n"
        "  --lang ja|en   language of messages (default: the system's)\n"
        "  --help, --version\n"
        "\n"
        "Commands:\n"
        "  init [--no-sample]                 create or upgrade the database\n"
        "  campaign list\n"
        "  campaign show ID                   categories, questions, candidate slots\n"
        "  campaign edit ID [--title T] [--publication-date YYYY-MM-DD]\n"
        "        [--window-start D] [--window-end D] [--minutes N] [--modes online,in_person]\n"
        "        [--time-zone TZ] [--editor-name N] [--editor-email E] [--editor-phone P]\n"
        "  interviewee list [--category C] [--status S] [--search TEXT]\n"
        "  interviewee add --category C --name \"FAMILY GIVEN\" [--reading \"FAMILY GIVEN\"]\n"
        "        [--organisation O] [--department D] [--title T] [--email E] [--phone P]\n"
        "        [--attribution name_affiliation|with_photo|anonymous|undecided]\n"
        "        [--status S] [--notes N]\n"
        "  interviewee show ID|EMAIL\n"
        "  interviewee edit ID|EMAIL [the options of add] [--expect-version N]\n"
        "  interviewee remove ID|EMAIL\n"
        "  questions show INTERVIEWEE\n"
        "  questions reword INTERVIEWEE N TEXT    reword template question N\n"
        "  questions drop INTERVIEWEE N           leave template question N out\n"
        "  questions add INTERVIEWEE TEXT [--after N]\n"
        "  questions reset INTERVIEWEE [N]        back to the category's template\n"
        "  user list\n"
        "\n"
        "Commands about a campaign's people take --campaign ID (default: the campaign with the\n"
        "latest publication date). Categories: researcher, vendor, adopter (or the name).\n"
        "Exit status: 0 success, 2 usage error, 1 any other error (message on stderr).\n");
}

} // namespace shuzai::cli
