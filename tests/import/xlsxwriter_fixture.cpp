// Writes a small workbook with libxlsxwriter, as another program would, for tst_xlsx.
// A separate program because libxlsxwriter and QuaZip both export minizip's symbols
// (zipOpen3…), so they cannot share one process.
#include <cstdio>
#include <xlsxwriter.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT.xlsx\n", argv[0]);
        return 2;
    }
    lxw_workbook *wb = workbook_new(argv[1]);
    if (!wb)
        return 1;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Tonnages");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    const char *header[] = {"annee", "siren_epci", "type_dechet", "tonnage", "maj"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    worksheet_write_number(ws, 1, 0, 2022, nullptr);
    worksheet_write_string(ws, 1, 1, "200093201", nullptr);
    worksheet_write_string(ws, 1, 2, "Verre", nullptr);
    worksheet_write_formula_num(ws, 1, 3, "=1000*30", nullptr, 30000);
    lxw_datetime when = {2023, 3, 1, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 4, &when, date);
    worksheet_write_number(ws, 2, 0, 2022, nullptr);
    worksheet_write_string(ws, 2, 1, "12345", nullptr); // not a SIREN: a problem at row 3, column 2
    worksheet_write_string(ws, 2, 2, "Verre", nullptr);
    worksheet_write_number(ws, 2, 3, 12, nullptr);
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
