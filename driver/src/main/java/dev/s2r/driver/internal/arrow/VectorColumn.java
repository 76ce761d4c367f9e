/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.api.Vector;
import dev.s2r.driver.api.VectorElementType;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.apache.arrow.memory.util.Float16;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * SingleStore {@code VECTOR(N, type)} to an Arrow {@code FixedSizeList<N>} of the element type: F32 to
 * {@code Float32}, F64 to {@code Float64}, I8 to I64 to {@code Int8} to {@code Int64}, F16 widened to
 * {@code Float32}. A VECTOR column whose metadata announces no dimensions becomes a variable {@code List}.
 * <p>
 * The binary projection (character set 63) is staged as the packed little-endian bytes it arrives in; the JSON
 * projection is parsed by the driver's vector codec into those bytes first. The elements are written into the
 * vector when the batch is emitted.
 */
final class VectorColumn extends ArrowColumn {

    private final VectorElementType elementType;
    private final int dimensions;
    private final Codecs codecs;
    private final CodecContext context;
    private final VariableStage stage = new VariableStage();
    private FieldVector list;
    private FieldVector child;

    VectorColumn(ColumnDefinition column, Codecs codecs, CodecContext context) {
        super(column);
        this.elementType = VectorElementType.fromCode(column.getVectorElementType());
        this.dimensions = column.getVectorDimensions();
        this.codecs = codecs;
        this.context = context;
    }

    @Override
    Field field() {
        Field element = new Field("$data$", new FieldType(false, elementArrowType(), null), null);
        return parent(this.dimensions > 0 ? new ArrowType.FixedSizeList(this.dimensions) : ArrowType.List.INSTANCE,
            element);
    }

    private ArrowType elementArrowType() {
        switch (this.elementType) {
            case F64:
                return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case F32:
            case F16:
                return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case I8:
                return new ArrowType.Int(8, true);
            case I16:
                return new ArrowType.Int(16, true);
            case I32:
                return new ArrowType.Int(32, true);
            default:
                return new ArrowType.Int(64, true);
        }
    }

    @Override
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        if (this.column.isBinaryCharset()) {
            stage(row, data, index, length);
            return;
        }
        ByteBuf json = Unpooled.wrappedBuffer(data, index, length);
        byte[] packed;
        try {
            packed = this.codecs.decode(json, 0, length, this.column, binary, Vector.class, this.context)
                .toPackedBytes();
        } finally {
            json.release();
        }
        stage(row, packed, 0, packed.length);
    }

    private void stage(int row, byte[] data, int index, int length) {
        int size = this.elementType.size();
        if (length % size != 0 || (this.dimensions > 0 && length / size != this.dimensions)) {
            throw new IllegalArgumentException("Value of column " + describe() + " has " + length
                + " bytes; expected " + (this.dimensions > 0 ? this.dimensions * size + " (" + this.dimensions
                + " elements of " + size + " bytes)" : "a multiple of " + size));
        }
        this.stage.put(row, data, index, length);
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.list = vector;
        this.child = vector instanceof FixedSizeListVector ? ((FixedSizeListVector) vector).getDataVector()
            : (FieldVector) ((ListVector) vector).getDataVector();
        vector.setInitialCapacity(Math.max(rows, 1));
        vector.allocateNew();
        byte[] data = this.stage.data();
        for (int row = 0; row < rows; row++) {
            if (this.stage.isSet(row)) {
                writePacked(row, data, this.stage.start(row), this.stage.length(row));
            }
        }
        vector.setValueCount(rows);
        this.stage.clear(rows);
    }

    private void writePacked(int row, byte[] data, int index, int length) {
        int size = this.elementType.size();
        int count = length / size;
        int first;
        if (this.list instanceof FixedSizeListVector) {
            first = ((FixedSizeListVector) this.list).startNewValue(row);
        } else {
            first = ((ListVector) this.list).startNewValue(row);
        }
        for (int i = 0; i < count; i++) {
            writeElement(first + i, data, index + i * size);
        }
        if (this.list instanceof ListVector) {
            ((ListVector) this.list).endValue(row, count);
        }
    }

    private void writeElement(int at, byte[] data, int index) {
        switch (this.elementType) {
            case F32:
                ((Float4Vector) this.child).setSafe(at, Bytes.floatLE(data, index));
                break;
            case F16:
                ((Float4Vector) this.child).setSafe(at, Float16.toFloat(Bytes.shortLE(data, index)));
                break;
            case F64:
                ((Float8Vector) this.child).setSafe(at, Bytes.doubleLE(data, index));
                break;
            case I8:
                ((TinyIntVector) this.child).setSafe(at, data[index]);
                break;
            case I16:
                ((SmallIntVector) this.child).setSafe(at, Bytes.shortLE(data, index));
                break;
            case I32:
                ((IntVector) this.child).setSafe(at, Bytes.intLE(data, index));
                break;
            default:
                ((BigIntVector) this.child).setSafe(at, Bytes.longLE(data, index));
                break;
        }
    }
}
