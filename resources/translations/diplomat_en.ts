<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BrandDialog</name>
    <message>
        <location filename="../../ui/brand_dialog.py" line="26" />
        <source>Brand kit</source>
        <translation>Brand kit</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="27" />
        <location filename="../../ui/brand_dialog.py" line="38" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="28" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="34" />
        <source>Akun</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="35" />
        <source>Situs</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="39" />
        <source>Warna utama</source>
        <translation>Primary colour</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="40" />
        <source>Warna kedua</source>
        <translation>Secondary colour</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="41" />
        <source>Akun media sosial</source>
        <translation>Social media handle</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="42" />
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="49" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="64" />
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../../ui/caption_panel.py" line="19" />
        <location filename="../../ui/caption_panel.py" line="31" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="23" />
        <location filename="../../ui/caption_panel.py" line="32" />
        <source>Keterangan</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="25" />
        <location filename="../../ui/caption_panel.py" line="33" />
        <source>Tagar</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="26" />
        <location filename="../../ui/caption_panel.py" line="34" />
        <source>Teks alternatif</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="78" />
        <source>Keterangan {n}/{limit}</source>
        <translation>Caption {n}/{limit}</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="80" />
        <source>Tagar {n}/{limit}</source>
        <translation>Hashtags {n}/{limit}</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="82" />
        <source>Alt {n}/{limit}</source>
        <translation>Alt {n}/{limit}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/checklist_panel.py" line="34" />
        <source>Hasil checklist</source>
        <translation>Checklist result</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="37" />
        <source>Temuan checklist</source>
        <translation>Checklist findings</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="38" />
        <source>Terapkan perbaikan</source>
        <translation>Apply fix</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="40" />
        <source>Alasan melewati blokir (min. 10 huruf)</source>
        <translation>Reason for overriding the block (10+ characters)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="41" />
        <source>Alasan melewati blokir</source>
        <translation>Reason for overriding the block</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="43" />
        <source>Pertanyaan untuk Anda</source>
        <translation>Questions for you</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="62" />
        <source>Lulus</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="62" />
        <source>Perlu dicek</source>
        <translation>Needs checking</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="62" />
        <source>Diblokir</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="65" />
        <source>temuan</source>
        <translation>findings</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="73" />
        <source>Dilewati: </source>
        <translation>Overridden: </translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="89" />
        <source>— belum dijawab —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="90" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="91" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="92" />
        <source>Tidak berlaku</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor.py" line="52" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="53" />
        <source>Keterangan</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="142" />
        <source>Perbaikan {rule}</source>
        <translation>Fix {rule}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="54" />
        <source>Ekspor paket terbit</source>
        <translation>Export publish kit</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="56" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="63" />
        <source>Jenis berkas</source>
        <translation>File types</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="71" />
        <location filename="../../ui/export_dialog.py" line="90" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75" />
        <location filename="../../ui/export_dialog.py" line="106" />
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="76" />
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82" />
        <source>Alasan melewati blokir (min. 10 huruf)</source>
        <translation>Reason for overriding the block (10+ characters)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83" />
        <source>Alasan melewati blokir</source>
        <translation>Reason for overriding the block</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="88" />
        <source>Tulis paket terbit</source>
        <translation>Write publish kit</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="91" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117" />
        <source>Pilih minimal satu format dan satu jenis berkas.</source>
        <translation>Choose at least one format and one file type.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="143" />
        <source>Perbaiki di editor, atau tulis alasan untuk melewati blokir ini.</source>
        <translation>Fix it in the editor, or type a reason to override this block.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../ui/form.py" line="149" />
        <location filename="../../ui/form.py" line="157" />
        <source>Tema warna</source>
        <translation>Colour theme</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="153" />
        <source>Warna brand kit</source>
        <translation>Brand kit colours</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../ui/gallery.py" line="41" />
        <source>Template yang tidak bisa dibaca</source>
        <translation>Templates that could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="45" />
        <source>Cari template…</source>
        <translation>Search templates…</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="45" />
        <source>Cari template</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="46" />
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="47" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="48" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="49" />
        <source>← Tugas</source>
        <translation>← Duties</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="55" />
        <source>Daftar template</source>
        <translation>Template list</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="79" />
        <source>Template ini tidak bisa dibaca dan tidak ditampilkan. Perbaiki berkasnya, lalu buka ulang aplikasi:</source>
        <translation>These templates could not be read and are not shown. Fix the files, then restart the app:</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="96" />
        <source>Template untuk Tugas {n}</source>
        <translation>Templates for Duty {n}</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="96" />
        <source>Semua template</source>
        <translation>All templates</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="100" />
        <source>Semua topik</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="101" />
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="102" />
        <source>Semua format</source>
        <translation>All formats</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="85" />
        <source>Pilih satu tugas untuk mulai membuat poster.</source>
        <translation>Choose a duty to start making a poster.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="86" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="102" />
        <source>Proyek terakhir</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="112" />
        <source>Belum ada proyek. Pilih tugas di atas.</source>
        <translation>No projects yet. Choose a duty above.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="124" />
        <source>Ada pekerjaan yang belum disimpan ({n}), terakhir {when}.</source>
        <translation>There is unsaved work ({n}), last at {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="126" />
        <location filename="../../ui/home.py" line="127" />
        <source>Lanjutkan pekerjaan terakhir</source>
        <translation>Continue where you left off</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../../ui/fields.py" line="203" />
        <location filename="../../ui/fields.py" line="205" />
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="218" />
        <source>Seret gambar ke sini</source>
        <translation>Drag an image here</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="244" />
        <source>Pilih gambar</source>
        <translation>Choose an image</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ui/form.py" line="48" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="49" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="50" />
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="51" />
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72" />
        <source>&amp;Beranda</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <source>&amp;Buka proyek…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>Simpan &amp;sebagai…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>&amp;Ekspor paket terbit…</source>
        <translation>&amp;Export publish kit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>Brand &amp;kit…</source>
        <translation>Brand &amp;kit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>Lokasi berkas log</source>
        <translation>Log file location</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Buka proyek</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Menyimpan proyek…</source>
        <translation>Saving the project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Simpan proyek</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Simpan perubahan pada desain ini?</source>
        <translation>Save changes to this design?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>Paket terbit ditulis: {path}</source>
        <translation>Publish kit written: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>Tanpa judul</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview.py" line="30" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="36" />
        <source>Pratinjau poster</source>
        <translation>Poster preview</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="40" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
</context>
</TS>