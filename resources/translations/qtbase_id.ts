<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Simpan Semua</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Tidak untuk S&amp;emua</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hentikan</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Coba Lagi</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Jangan Simpan</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Atur Ulang</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Kembalikan Bawaan</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Sembunyikan Rincian...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Tentang Qt</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>&amp;Tampilkan pesan ini lagi</translation>
    </message>
    <message>
      <source>An error occurred</source>
      <translation>Terjadi kesalahan</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Peringatan:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Informasi:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Masukkan nilai:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Folder tidak ditemukan.
Periksa apakah nama foldernya benar.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkasnya benar.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Pilih</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Hapus</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Cari di:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Folder &amp;Baru</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Buka</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Semua Berkas (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Semua berkas (*)</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Folder tidak bisa dihapus.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Buat Folder Baru</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Buat Folder Baru</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Tampilan Rinci</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Cari Folder</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Ke folder induk</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Tampilan Daftar</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Folder Baru</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Folder Induk</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Tempat Terakhir</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Simpan Sebagai</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Tampilkan </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Bilah samping</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Computer</source>
      <translation>Komputer</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Tanggal Diubah</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Komputer Saya</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
  </context>
  <context>
    <name>QColorDialog</name>
    <message>
      <source>&amp;Add to Custom Colors</source>
      <translation>&amp;Tambahkan ke Warna Sendiri</translation>
    </message>
    <message>
      <source>&amp;Basic colors</source>
      <translation>Warna &amp;dasar</translation>
    </message>
    <message>
      <source>&amp;Custom colors</source>
      <translation>Warna &amp;sendiri</translation>
    </message>
    <message>
      <source>&amp;Green:</source>
      <translation>&amp;Hijau:</translation>
    </message>
    <message>
      <source>&amp;HTML:</source>
      <translation>&amp;HTML:</translation>
    </message>
    <message>
      <source>&amp;Pick Screen Color</source>
      <translation>&amp;Ambil Warna dari Layar</translation>
    </message>
    <message>
      <source>&amp;Red:</source>
      <translation>&amp;Merah:</translation>
    </message>
    <message>
      <source>&amp;Sat:</source>
      <translation>&amp;Saturasi:</translation>
    </message>
    <message>
      <source>&amp;Val:</source>
      <translation>&amp;Kecerahan:</translation>
    </message>
    <message>
      <source>A&amp;lpha channel:</source>
      <translation>Kanal a&amp;lfa:</translation>
    </message>
    <message>
      <source>Bl&amp;ue:</source>
      <translation>Bir&amp;u:</translation>
    </message>
    <message>
      <source>Cursor at %1, %2
Press ESC to cancel</source>
      <translation>Kursor di %1, %2
Tekan Esc untuk membatalkan</translation>
    </message>
    <message>
      <source>Hu&amp;e:</source>
      <translation>&amp;Rona:</translation>
    </message>
    <message>
      <source>Select Color</source>
      <translation>Pilih Warna</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih Semua</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih Semua</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Salin Alamat &amp;Tautan</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Naikkan</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Turunkan</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Gulir ke sini</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Atas</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Bawah</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Tepi kiri</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Tepi kanan</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Satu halaman ke atas</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Satu halaman ke bawah</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Satu halaman ke kiri</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Satu halaman ke kanan</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Gulir ke atas</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Gulir ke bawah</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Gulir ke kiri</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Gulir ke kanan</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Sisipkan karakter kendali Unicode</translation>
    </message>
  </context>
</TS>